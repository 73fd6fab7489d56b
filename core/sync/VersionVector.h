#pragma once

#include "store/Id.h"

#include <cstdint>
#include <map>

namespace majakka::sync {

// What a database holds, per site: the newest HLC of the operations made at
// that site. A complete database holds every operation of a site up to that
// value (sites number their operations in HLC order, and complete databases
// only ever pass on such prefixes), so an exporter sends a peer only what lies
// above the peer's vector.
using VersionVector = std::map<store::Id, std::uint64_t>;

} // namespace majakka::sync
