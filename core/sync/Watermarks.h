#pragma once

#include "store/Id.h"
#include "sync/VersionVector.h"

#include <cstdint>

namespace majakka::store {
class Database;
}

namespace majakka::sync {

// This database's version vector: for each other site, the HLC up to which it
// holds every operation made there (for its own site, everything it made).
// It rises only on a package that brings such a prefix: a complete package
// (up to the sender's own vector), or a laptop's own changes when nothing of
// them is missing below (see Payload::ownFloor). The newest operation held
// from a site can be above it: a case a laptop changed may arrive before the
// laptop's earlier changes to cases it has given up since.
class Watermarks
{
public:
    explicit Watermarks(store::Database& database)
        : m_database(database)
    { }

    VersionVector all(const store::Id& self);
    std::uint64_t of(const store::Id& site);
    void raise(const store::Id& site, std::uint64_t hlc);

private:
    store::Database& m_database;
};

} // namespace majakka::sync
