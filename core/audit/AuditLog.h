#pragma once

#include "Clock.h"
#include "crypto/Bytes.h"
#include "store/Id.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace majakka::store {
class Database;
}

namespace majakka::audit {

// One entry: who did what to which record, and when. `detail` names fields or
// a summary, never the values of a client's record.
struct AuditEntry
{
    std::int64_t sequence = 0;
    std::string at; // UTC, ISO 8601
    std::string user;
    std::string action;
    std::optional<store::Id> record;
    std::string detail;
    crypto::Bytes previousHash;
    crypto::Bytes hash;
};

// The append-only audit log inside the encrypted database. Each entry carries
// the SHA-256 of the one before it, so an entry removed or altered breaks the
// chain from that point; the table's triggers refuse updates and deletes, so no
// code path of the program can edit it. Entries are written in the caller's
// transaction, together with the change they record.
class AuditLog
{
public:
    AuditLog(store::Database& database, const Clock& clock);

    AuditEntry append(std::string_view user,
                      std::string_view action,
                      const std::optional<store::Id>& record,
                      std::string_view detail);

    std::vector<AuditEntry> forRecord(const store::Id& record);
    std::vector<AuditEntry> latest(std::size_t count);
    // The hash of the newest entry (all zeros for an empty log): sync packages carry it.
    crypto::Bytes head();

    struct Break
    {
        std::int64_t sequence; // the first entry that does not follow from the one before it
        std::string reason;
    };
    // Walks the whole chain; nothing when it is whole.
    std::optional<Break> firstBreak();

    static crypto::Bytes entryHash(const AuditEntry& entry);

private:
    store::Database& m_database;
    const Clock& m_clock;
};

} // namespace majakka::audit
