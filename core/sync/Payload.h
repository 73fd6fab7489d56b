#pragma once

#include "crypto/Bytes.h"
#include "crypto/SecureBytes.h"
#include "store/Id.h"
#include "store/Operation.h"
#include "sync/Cbor.h"
#include "sync/VersionVector.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace majakka::sync {

// Where the sender's audit chain stood when it wrote the package: a receiver
// that saw a later point before can tell the sender's database was rolled back.
struct AuditCheckpoint
{
    std::int64_t sequence = 0;
    crypto::Bytes hash;
};

// What a package carries, inside its encryption.
struct Payload
{
    std::vector<store::Operation> operations;
    // The records a partial database holds and what it holds of each, so that
    // the office knows which cases to send whole and what to add to the others;
    // nothing from a complete database.
    std::optional<HeldRecords> held;
    // Records that have left the receiver's scope: it gives them up once it has
    // passed on all it made in them.
    std::vector<store::Id> removals;
    AuditCheckpoint audit;
    // In a package for a partial database: the cases sent as additions, each
    // with the vector of what the receiver was known to hold of it. The
    // receiver applies an addition only if it still holds that much (it may
    // have given the case up since); the others come whole.
    HeldRecords bases;
    // In a package of a partial database's own changes: the HLC above which it
    // sent every change it made that the receiver lacks. Below it there may be
    // gaps (changes to cases it gave up since, or left out of the package's
    // scope), so a receiver that holds less than this learns nothing about its
    // vector from the package.
    std::uint64_t ownFloor = 0;
};

// Writes the payload one operation at a time, so a large export never holds
// all of its operations as objects at once.
class PayloadWriter
{
public:
    explicit PayloadWriter(std::size_t operationCount);

    // Exactly `operationCount` times.
    void add(const store::Operation& operation);
    crypto::SecureBytes finish(const std::optional<HeldRecords>& held,
                               const std::vector<store::Id>& removals,
                               const AuditCheckpoint& audit,
                               const HeldRecords& bases = {},
                               std::uint64_t ownFloor = 0);

private:
    CborWriter m_out;
    std::size_t m_expected;
    std::size_t m_written = 0;
};

// One operation as the payload holds it (also how a held-back operation is kept).
void writeOperation(CborWriter& out, const store::Operation& operation);
store::Operation readOperation(CborReader& in);

// Throws Error(Damaged) for anything that is not a payload of this format.
// The operations are only decoded here; their content is checked by OperationCheck.
Payload decodePayload(crypto::ByteView bytes);

} // namespace majakka::sync
