#pragma once

#include "store/Operation.h"

#include <cstdint>
#include <map>
#include <vector>

namespace majakka::store {
class Database;
}

namespace majakka::sync {

// Operations stamped further ahead of this device's clock than the allowed
// skew (a laptop whose clock was set wrong). Applying them would pull this
// device's hybrid clock, and every later operation made here, into the
// future; so they wait aside, not shown, until the clock has caught up. Each
// import releases the ones that are due.
class HeldBackOperations
{
public:
    explicit HeldBackOperations(store::Database& database)
        : m_database(database)
    { }

    // Keeps the operations aside; returns how many were not there already.
    std::size_t holdBack(const std::vector<store::Operation>& operations);
    // Takes out and returns those stamped at or before `hlc`.
    std::vector<store::Operation> release(std::uint64_t hlc);
    // The oldest operation held back from each site.
    std::map<store::Id, std::uint64_t> oldestBySite();

private:
    store::Database& m_database;
};

} // namespace majakka::sync
