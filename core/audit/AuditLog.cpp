#include "audit/AuditLog.h"

#include "crypto/Hash.h"
#include "store/ByteStream.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <ctime>

namespace majakka::audit {

namespace {

constexpr const char* Columns = "seq, at, user, action, record_id, detail, previous_hash, hash";

AuditEntry readEntry(const store::Statement& row)
{
    AuditEntry entry;
    entry.sequence = row.columnInt(0);
    entry.at = row.columnText(1);
    entry.user = row.columnText(2);
    entry.action = row.columnText(3);
    if (!row.columnIsNull(4)) {
        const crypto::Bytes id = row.columnBlob(4);
        entry.record = store::Id::fromBytes(id.data(), id.size());
    }
    entry.detail = row.columnText(5);
    entry.previousHash = row.columnBlob(6);
    entry.hash = row.columnBlob(7);
    return entry;
}

void writeText(store::ByteWriter& out, std::string_view text)
{
    out.u32(static_cast<std::uint32_t>(text.size()));
    out.raw(crypto::asBytes(text));
}

} // namespace

AuditLog::AuditLog(store::Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{ }

crypto::Bytes AuditLog::entryHash(const AuditEntry& entry)
{
    // Length-prefixed fields, so no two different entries serialise alike.
    store::ByteWriter out;
    out.raw(entry.previousHash);
    out.u64(static_cast<std::uint64_t>(entry.sequence));
    writeText(out, entry.at);
    writeText(out, entry.user);
    writeText(out, entry.action);
    out.u8(entry.record ? 1 : 0);
    if (entry.record) {
        out.raw(entry.record->bytes);
    }
    writeText(out, entry.detail);
    return crypto::sha256(out.bytes());
}

crypto::Bytes AuditLog::head()
{
    store::Statement last = m_database.cached("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (last.step()) {
        return last.columnBlob(0);
    }
    return crypto::Bytes(crypto::Sha256Size, 0);
}

AuditEntry AuditLog::append(std::string_view user,
                            std::string_view action,
                            const std::optional<store::Id>& record,
                            std::string_view detail)
{
    AuditEntry entry;
    {
        store::Statement last
            = m_database.cached("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        if (last.step()) {
            entry.sequence = last.columnInt(0) + 1;
            entry.previousHash = last.columnBlob(1);
        } else {
            entry.sequence = 1;
            entry.previousHash = crypto::Bytes(crypto::Sha256Size, 0);
        }
    }
    entry.at = isoUtc(m_clock.now());
    entry.user = user;
    entry.action = action;
    entry.record = record;
    entry.detail = detail;
    entry.hash = entryHash(entry);

    store::Statement insert = m_database.cached(
        "INSERT OR FAIL INTO audit_log (seq, at, user, action, record_id, detail, previous_hash, hash) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert.bind(1, entry.sequence).bind(2, entry.at).bind(3, entry.user).bind(4, entry.action);
    if (record) {
        insert.bind(5, crypto::ByteView(record->bytes.data(), record->bytes.size()));
    } else {
        insert.bindNull(5);
    }
    insert.bind(6, entry.detail)
        .bind(7, crypto::ByteView(entry.previousHash))
        .bind(8, crypto::ByteView(entry.hash));
    insert.run();
    return entry;
}

std::vector<AuditEntry> AuditLog::forRecord(const store::Id& record)
{
    store::Statement query(
        m_database, std::string("SELECT ") + Columns + " FROM audit_log WHERE record_id = ?1 ORDER BY seq");
    query.bind(1, crypto::ByteView(record.bytes.data(), record.bytes.size()));
    std::vector<AuditEntry> out;
    while (query.step()) {
        out.push_back(readEntry(query));
    }
    return out;
}

std::vector<AuditEntry> AuditLog::latest(std::size_t count)
{
    store::Statement query
        = m_database.cached(std::string("SELECT ") + Columns + " FROM audit_log ORDER BY seq DESC LIMIT ?1");
    query.bind(1, static_cast<std::int64_t>(count));
    std::vector<AuditEntry> out;
    while (query.step()) {
        out.insert(out.begin(), readEntry(query));
    }
    return out;
}

std::optional<AuditLog::Break> AuditLog::firstBreak()
{
    store::Statement query
        = m_database.cached(std::string("SELECT ") + Columns + " FROM audit_log ORDER BY seq");
    crypto::Bytes previous(crypto::Sha256Size, 0);
    std::int64_t expected = 1;
    while (query.step()) {
        const AuditEntry entry = readEntry(query);
        if (entry.sequence != expected) {
            return Break {entry.sequence,
                          "entries " + std::to_string(expected) + " to " + std::to_string(entry.sequence - 1)
                              + " are missing"};
        }
        if (!crypto::equalConstantTime(entry.previousHash, previous)) {
            return Break {entry.sequence, "it does not follow from the entry before it"};
        }
        if (!crypto::equalConstantTime(entryHash(entry), entry.hash)) {
            return Break {entry.sequence, "its content was changed after it was written"};
        }
        previous = entry.hash;
        ++expected;
    }
    return std::nullopt;
}

} // namespace majakka::audit
