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

// What a database that holds part of the data has, record by record: each
// record's own version vector. An office sends such a peer, for each case it
// holds, the operations above that case's vector. (One vector for all its cases
// would not do: while a case is out of its scope, it hears nothing of it, yet
// its vector moves on with its other cases.)
using HeldRecords = std::map<store::Id, VersionVector>;

} // namespace majakka::sync
