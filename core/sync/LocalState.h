#pragma once

#include "store/Id.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace majakka::store {
class Database;
}

namespace majakka::sync {

// Sync facts about this database itself (device-local).
class LocalState
{
public:
    explicit LocalState(store::Database& database)
        : m_database(database)
    { }

    // True once the database has imported a package of one worker's or one
    // office's cases: from then on it holds part of the data, and passes on only
    // the operations made here (docs/sync.md explains why).
    bool holdsPart();
    void markHoldsPart();

    // The newest change made here to a case this database has given up: its
    // own changes are complete only above it.
    std::uint64_t purgedOwnUpTo();
    void notePurgedOwn(std::uint64_t hlc);

    // When the package was imported, if it was.
    std::optional<std::string> importedAt(const store::Id& packageId);
    void noteImported(const store::Id& packageId,
                      const store::Id& sender,
                      std::uint64_t createdHlc,
                      const std::string& at);

    // How far ahead of this device's clock an operation may be stamped before
    // it is held back (settings key sync.max_clock_skew_minutes, default 60).
    std::chrono::minutes maxClockSkew();
    static constexpr std::chrono::minutes DefaultMaxClockSkew {60};

private:
    store::Database& m_database;
};

} // namespace majakka::sync
