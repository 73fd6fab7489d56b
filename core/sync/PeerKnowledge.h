#pragma once

#include "store/Id.h"
#include "sync/Payload.h"
#include "sync/VersionVector.h"

#include <cstdint>
#include <optional>

namespace majakka::store {
class Database;
}

namespace majakka::sync {

// What this database last learnt from a peer's own package: the peer's version
// vector (so that an export sends only what lies above it), the records a
// partial peer holds (so that a case newly in its scope goes whole), and where
// its audit chain stood (to notice a rolled-back database). Device-local.
class PeerKnowledge
{
public:
    PeerKnowledge(store::Database& database, const store::Id& device)
        : m_database(database)
        , m_device(device)
    { }

    VersionVector vector();
    HeldRecords heldRecords();
    // The creation HLC of the newest package imported from the peer (0 for none).
    std::uint64_t lastPackageHlc();
    std::optional<AuditCheckpoint> auditCheckpoint();
    // Whether the peer said it holds part of the data (its packages carry only its own operations).
    bool holdsPart();

    // Replaces what is known with what a newer package says.
    void learn(std::uint64_t packageHlc,
               const VersionVector& vector,
               const std::optional<HeldRecords>& held,
               const AuditCheckpoint& audit);

private:
    store::Database& m_database;
    store::Id m_device;
};

} // namespace majakka::sync
