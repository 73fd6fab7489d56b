#include "store/OperationLog.h"

#include "Error.h"
#include "store/Database.h"
#include "store/IdColumns.h"
#include "store/OperationHistory.h"
#include "store/OperationRows.h"
#include "store/Statement.h"

#include <cstdio>
#include <string>

namespace majakka::store {

namespace {

constexpr std::string_view SiteIdKey = "site_id";
constexpr std::string_view ClockKey = "hlc_last";

std::optional<crypto::Bytes> metaValue(Database& database, std::string_view key)
{
    // Prepared once per connection: a log is made for every unit of work.
    Statement query = database.cached("SELECT value FROM meta WHERE key = ?1");
    query.bind(1, key);
    if (query.step()) {
        return query.columnBlob(0);
    }
    return std::nullopt;
}

} // namespace

OperationLog::OperationLog(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
    const std::optional<crypto::Bytes> site = metaValue(database, SiteIdKey);
    if (!site) {
        throw Error(ErrorCode::Damaged,
                    "the database has no site id; it was not made by this version of Majakka");
    }
    m_siteId = Id::fromBytes(site->data(), site->size());
    if (const auto last = metaValue(database, ClockKey)) {
        m_clock.observe(static_cast<std::uint64_t>(std::stoull(std::string(last->begin(), last->end()))));
    }
}

void OperationLog::saveClock()
{
    Statement save = m_database.cached("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    save.bind(1, ClockKey).bind(2, std::to_string(m_clock.last())).run();
}

void OperationLog::noteSiteClock(const Id& site, std::uint64_t hlc)
{
    Statement note
        = m_database.cached("INSERT OR REPLACE INTO site_clocks (site_id, hlc) VALUES (?1, "
                            "max(?2, coalesce((SELECT hlc FROM site_clocks WHERE site_id = ?1), 0)))");
    note.bind(1, idView(site)).bind(2, static_cast<std::int64_t>(hlc)).run();
}

// The write path's statements say OR FAIL (or OR IGNORE): under SQLite's
// default ABORT, every insert into a table with an index inside a transaction
// opens a statement journal and copies each page it touches into it, and
// SQLCipher encrypts every such copy; that tripled the cost of a client's
// write. FAIL keeps what the statement did before the error, which is harmless
// here: any error rolls back the whole unit of work.
void OperationLog::insert(const Operation& op)
{
    Statement insert = m_database.cached(
        "INSERT OR FAIL INTO operations (op_id, record_id, record_type, field, value, hlc, site_id, author, "
        "supersedes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bind(1, idView(op.opId)).bind(2, idView(op.recordId)).bind(3, op.recordType).bind(4, op.field);
    if (op.value) {
        insert.bind(5, *op.value);
    } else {
        insert.bindNull(5);
    }
    insert.bind(6, static_cast<std::int64_t>(op.hlc)).bind(7, idView(op.siteId)).bind(8, op.author);
    insert.bind(9, crypto::ByteView(packIds(op.supersedes))).run();

    Statement supersede
        = m_database.cached("INSERT OR IGNORE INTO supersessions (superseded, by_op) VALUES (?1, ?2)");
    for (const Id& old : op.supersedes) {
        supersede.reset();
        supersede.bind(1, idView(old)).bind(2, idView(op.opId)).run();
    }
}

void OperationLog::noteRecord(const Operation& op)
{
    Statement record
        = m_database.cached("INSERT OR IGNORE INTO records (record_id, record_type) VALUES (?1, ?2)");
    record.bind(1, idView(op.recordId)).bind(2, op.recordType).run();
}

int OperationLog::refreshField(const Id& recordId, const std::string& field)
{
    // The heads, best first: highest HLC, then highest site id.
    Statement heads = m_database.cached(
        "SELECT op_id, value FROM operations o WHERE record_id = ?1 AND field = ?2 AND NOT EXISTS "
        "(SELECT 1 FROM supersessions s WHERE s.superseded = o.op_id) ORDER BY hlc DESC, site_id DESC");
    heads.bind(1, idView(recordId)).bind(2, field);
    if (!heads.step()) {
        // Every operation of the field was superseded (by a delete): it has no value left.
        Statement clear = m_database.cached("DELETE FROM field_values WHERE record_id = ?1 AND field = ?2");
        clear.bind(1, idView(recordId)).bind(2, field).run();
        return 0;
    }
    const Id shown = idColumn(heads, 0);
    const bool cleared = heads.columnIsNull(1);
    const std::string value = heads.columnText(1);
    int count = 1;
    while (heads.step()) {
        ++count;
    }
    // An update, then an insert when there was no row: OR REPLACE would make
    // SQLite keep a statement journal (see insert()).
    for (const char* sql : {"UPDATE OR FAIL field_values SET value = ?3, op_id = ?4, heads = ?5 "
                            "WHERE record_id = ?1 AND field = ?2",
                            "INSERT OR FAIL INTO field_values (record_id, field, value, op_id, heads) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)"}) {
        Statement save = m_database.cached(sql);
        save.bind(1, idView(recordId)).bind(2, field);
        if (cleared) {
            save.bindNull(3);
        } else {
            save.bind(3, value);
        }
        save.bind(4, idView(shown)).bind(5, count).run();
        if (m_database.changes() > 0) {
            break;
        }
    }
    return count;
}

int OperationLog::headCount(const Id& recordId, const std::string& field)
{
    Statement query = m_database.cached("SELECT heads FROM field_values WHERE record_id = ?1 AND field = ?2");
    query.bind(1, idView(recordId)).bind(2, field);
    return query.step() ? static_cast<int>(query.columnInt(0)) : 0;
}

std::vector<Operation> OperationLog::write(const Id& recordId,
                                           std::string_view recordType,
                                           const std::vector<FieldWrite>& writes,
                                           std::string_view author)
{
    const std::optional<std::string> existing = this->recordType(recordId);
    if (existing && *existing != recordType) {
        throw Error(ErrorCode::Invalid,
                    "the record " + recordId.hex() + " is a " + *existing + ", not a "
                        + std::string(recordType));
    }
    // What each field shows now and through which head(s); a new record has none.
    std::map<std::string, ShownValue, std::less<>> current;
    if (existing) {
        current = shownValues(recordId);
    }
    Statement addValue
        = m_database.cached("INSERT OR FAIL INTO field_values (record_id, field, value, op_id, heads) "
                            "VALUES (?1, ?2, ?3, ?4, 1)");
    Statement replaceValue = m_database.cached("UPDATE OR FAIL field_values SET value = ?3, op_id = ?4, "
                                               "heads = 1 WHERE record_id = ?1 AND field = ?2");
    std::vector<Operation> written;
    for (const FieldWrite& change : writes) {
        if (change.field.empty() || change.field == DeletedField) {
            throw Error(
                ErrorCode::Invalid, "the field name \"" + change.field + "\" is reserved", change.field);
        }
        const auto shown = current.find(change.field);
        if (shown == current.end() ? !change.value
                                   : shown->second.value == change.value && shown->second.heads == 1) {
            continue; // nothing changes: no operation
        }
        Operation op;
        op.hlc = m_clock.tick();
        op.opId = Id::ordered(op.hlc);
        op.recordId = recordId;
        op.recordType = recordType;
        op.field = change.field;
        op.value = change.value;
        op.siteId = m_siteId;
        op.author = author;
        if (shown != current.end()) {
            if (shown->second.heads == 1) {
                op.supersedes.push_back(shown->second.opId);
            } else {
                for (const Operation& head : heads(recordId, change.field)) {
                    op.supersedes.push_back(head.opId);
                }
            }
        }
        insert(op);
        // The new operation supersedes every head of its field, so it is the only head.
        Statement& save = shown == current.end() ? addValue : replaceValue;
        save.reset();
        save.bind(1, idView(recordId)).bind(2, op.field);
        if (op.value) {
            save.bind(3, *op.value);
        } else {
            save.bindNull(3);
        }
        save.bind(4, idView(op.opId)).run();
        written.push_back(std::move(op));
    }
    if (!written.empty()) {
        if (!existing) {
            noteRecord(written.front());
        }
        noteSiteClock(m_siteId, written.back().hlc);
        saveClock();
    }
    return written;
}

std::map<std::string, OperationLog::ShownValue, std::less<>> OperationLog::shownValues(const Id& recordId)
{
    Statement query
        = m_database.cached("SELECT field, value, op_id, heads FROM field_values WHERE record_id = ?1");
    query.bind(1, idView(recordId));
    std::map<std::string, ShownValue, std::less<>> out;
    while (query.step()) {
        ShownValue& shown = out[query.columnText(0)];
        if (!query.columnIsNull(1)) {
            shown.value = query.columnText(1);
        }
        shown.opId = idColumn(query, 2);
        shown.heads = static_cast<int>(query.columnInt(3));
    }
    return out;
}

std::uint64_t OperationLog::stamp()
{
    const std::uint64_t value = m_clock.tick();
    saveClock();
    return value;
}

std::string OperationLog::newEntryId()
{
    // The HLC first, so that entries made later at this site sort later; then
    // part of the site id, so that two sites never make the same name.
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(m_clock.tick()));
    return std::string(text) + m_siteId.hex().substr(0, 8);
}

Operation OperationLog::remove(const Id& recordId, std::string_view recordType, std::string_view author)
{
    Operation op;
    op.hlc = m_clock.tick();
    op.opId = Id::ordered(op.hlc);
    op.recordId = recordId;
    op.recordType = recordType;
    op.field = DeletedField;
    op.value = "true";
    op.siteId = m_siteId;
    op.author = author;
    Statement allHeads
        = m_database.cached("SELECT op_id FROM operations o WHERE record_id = ?1 AND NOT EXISTS "
                            "(SELECT 1 FROM supersessions s WHERE s.superseded = o.op_id)");
    allHeads.bind(1, idView(recordId));
    while (allHeads.step()) {
        op.supersedes.push_back(idColumn(allHeads, 0));
    }
    insert(op);
    noteRecord(op);
    refreshSupersededFields(op);
    noteSiteClock(m_siteId, op.hlc);
    saveClock();
    return op;
}

std::vector<Operation>
OperationLog::undelete(const Id& recordId, std::string_view recordType, std::string_view author)
{
    const std::vector<Operation> deletes = heads(recordId, DeletedField);
    Operation op;
    op.hlc = m_clock.tick();
    op.opId = Id::ordered(op.hlc);
    op.recordId = recordId;
    op.recordType = recordType;
    op.field = DeletedField;
    op.siteId = m_siteId;
    op.author = author;
    // The values each delete replaced, best first within a field.
    std::map<std::string, Operation> replaced;
    Statement read
        = m_database.cached(std::string("SELECT ") + OperationColumns + " FROM operations WHERE op_id = ?1");
    for (const Operation& remove : deletes) {
        op.supersedes.push_back(remove.opId);
        for (const Id& old : remove.supersedes) {
            read.reset();
            read.bind(1, idView(old));
            if (!read.step()) {
                continue;
            }
            Operation value = readOperation(read);
            auto& best = replaced[value.field];
            if (value.field != DeletedField
                && (best.hlc < value.hlc || (best.hlc == value.hlc && best.siteId < value.siteId))) {
                best = std::move(value);
            }
        }
    }
    insert(op);
    refreshField(recordId, op.field);
    noteSiteClock(m_siteId, op.hlc);
    saveClock();
    // A field edited elsewhere meanwhile kept its value through the delete: that edit stays.
    const auto surviving = fields(recordId);
    std::vector<FieldWrite> writes;
    for (const auto& [field, value] : replaced) {
        if (value.hlc != 0 && surviving.count(field) == 0) {
            writes.push_back({field, value.value});
        }
    }
    std::vector<Operation> written = write(recordId, recordType, writes, author);
    written.insert(written.begin(), std::move(op));
    return written;
}

void OperationLog::refreshSupersededFields(const Operation& operation)
{
    refreshField(operation.recordId, operation.field);
    Statement field = m_database.cached("SELECT field FROM operations WHERE op_id = ?1");
    for (const Id& old : operation.supersedes) {
        field.reset();
        field.bind(1, idView(old));
        if (field.step() && field.columnText(0) != operation.field) {
            refreshField(operation.recordId, field.columnText(0));
        }
    }
}

bool OperationLog::apply(const Operation& operation)
{
    {
        Statement held = m_database.cached("SELECT 1 FROM operations WHERE op_id = ?1");
        held.bind(1, idView(operation.opId));
        if (held.step()) {
            return false;
        }
    }
    insert(operation);
    noteRecord(operation);
    m_clock.observe(operation.hlc);
    noteSiteClock(operation.siteId, operation.hlc);
    saveClock();
    // The new operation may supersede heads of this field or, for a delete, of others.
    refreshSupersededFields(operation);
    return true;
}

std::map<std::string, std::optional<std::string>> OperationLog::fields(const Id& recordId)
{
    Statement query = m_database.cached("SELECT field, value FROM field_values WHERE record_id = ?1");
    query.bind(1, idView(recordId));
    std::map<std::string, std::optional<std::string>> out;
    while (query.step()) {
        out[query.columnText(0)]
            = query.columnIsNull(1) ? std::nullopt : std::optional<std::string>(query.columnText(1));
    }
    return out;
}

std::optional<std::string> OperationLog::recordType(const Id& recordId)
{
    Statement query = m_database.cached("SELECT record_type FROM records WHERE record_id = ?1");
    query.bind(1, idView(recordId));
    if (query.step()) {
        return query.columnText(0);
    }
    return std::nullopt;
}

bool OperationLog::isDeleted(const Id& recordId)
{
    Statement query = m_database.cached("SELECT value FROM field_values WHERE record_id = ?1 AND field = ?2");
    query.bind(1, idView(recordId)).bind(2, DeletedField);
    return query.step() && query.columnText(0) == "true";
}

std::vector<Operation> OperationLog::heads(const Id& recordId, std::string_view field)
{
    Statement query(
        m_database,
        std::string("SELECT ") + OperationColumns
            + " FROM operations o WHERE record_id = ?1 AND field = ?2 AND NOT EXISTS "
              "(SELECT 1 FROM supersessions s WHERE s.superseded = o.op_id) ORDER BY hlc DESC, site_id DESC");
    query.bind(1, idView(recordId)).bind(2, field);
    std::vector<Operation> out;
    while (query.step()) {
        out.push_back(readOperation(query));
    }
    return out;
}

std::vector<Operation> OperationLog::operations(const Id& recordId)
{
    return OperationHistory(m_database).ofRecord(recordId);
}

std::vector<OperationLog::Conflict> OperationLog::conflicts()
{
    Statement query(
        m_database,
        "SELECT record_id, field, heads FROM field_values WHERE heads > 1 ORDER BY record_id, field");
    std::vector<Conflict> out;
    while (query.step()) {
        out.push_back({idColumn(query, 0), query.columnText(1), static_cast<int>(query.columnInt(2))});
    }
    return out;
}

} // namespace majakka::store
