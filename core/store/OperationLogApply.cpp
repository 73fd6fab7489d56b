// OperationLog::applyAll: the import side of the log, kept apart from the
// write path in OperationLog.cpp.
#include "Error.h"
#include "store/Database.h"
#include "store/IdColumns.h"
#include "store/OperationLog.h"
#include "store/OperationRows.h"
#include "store/Statement.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace majakka::store {

bool OperationLog::followsOnlyHead(const Operation& op)
{
    Statement supersededBy = m_database.cached("SELECT 1 FROM supersessions WHERE superseded = ?1 LIMIT 1");
    supersededBy.bind(1, idView(op.opId));
    if (supersededBy.step()) {
        return false; // something held already replaces it: it arrived late
    }
    Statement current
        = m_database.cached("SELECT op_id, heads FROM field_values WHERE record_id = ?1 AND field = ?2");
    current.bind(1, idView(op.recordId)).bind(2, op.field);
    const bool hasRow = current.step();
    if (hasRow
        && (current.columnInt(1) != 1 || op.supersedes.size() != 1
            || op.supersedes[0] != idColumn(current, 0))) {
        return false;
    }
    if (!hasRow && !op.supersedes.empty()) {
        return false;
    }
    // A field without a row has no heads, so the new operation is its only one;
    // one that replaces the field's only head is its only head too.
    // OR FAIL, not OR REPLACE: a replace may delete rows, so SQLite keeps a
    // statement journal for it, and SQLCipher encrypts every page of that
    // journal (see OperationLog::insert); here it cost 25 µs per operation.
    Statement save = m_database.cached(hasRow ? "UPDATE OR FAIL field_values SET value = ?3, op_id = ?4, "
                                                "heads = 1 WHERE record_id = ?1 AND field = ?2"
                                              : "INSERT OR FAIL INTO field_values (record_id, field, value, "
                                                "op_id, heads) VALUES (?1, ?2, ?3, ?4, 1)");
    save.bind(1, idView(op.recordId)).bind(2, op.field);
    if (op.value) {
        save.bind(3, *op.value);
    } else {
        save.bindNull(3);
    }
    save.bind(4, idView(op.opId)).run();
    return true;
}

void OperationLog::applyAll(std::vector<Operation>& operations,
                            Progress* progress,
                            std::set<std::pair<Id, std::string>>* contested,
                            const RecordHooks& hooks)
{
    // Record by record, and oldest first within each: an operation replaces only
    // operations of its own record, and its HLC is above those of the operations
    // it saw, so every superseded operation comes before the one that replaces
    // it, and a run of edits of one field follows its head each time. Keeping a
    // record's operations together keeps its pages (its values, its index
    // entries, what its operations replace) in the cache while they are used.
    std::sort(operations.begin(), operations.end(), [](const Operation& a, const Operation& b) {
        if (a.recordId != b.recordId) {
            return a.recordId < b.recordId;
        }
        return a.hlc != b.hlc ? a.hlc < b.hlc : a.siteId < b.siteId;
    });
    Statement tryInsert = m_database.cached("INSERT OR IGNORE INTO operations (op_id, record_id, "
                                            "record_type, field, value, hlc, site_id, author, "
                                            "supersedes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    Statement supersede
        = m_database.cached("INSERT OR IGNORE INTO supersessions (superseded, by_op) VALUES (?1, ?2)");
    Statement fieldOf = m_database.cached("SELECT field FROM operations WHERE op_id = ?1");
    std::map<Id, std::uint64_t> newestBySite;
    std::size_t kept = 0; // operations[0, kept) are the new ones so far

    // The record under way: its type, the fields to work out from their heads
    // when it is done (with how many heads each had before), what changed.
    std::optional<Id> record;
    std::string type;
    std::map<std::string, int> stale;
    std::set<std::string> changed;
    const auto finishRecord = [&] {
        if (!record) {
            return;
        }
        for (const auto& [field, before] : stale) {
            if (refreshField(*record, field) > 1 && before <= 1 && contested) {
                contested->emplace(*record, field);
            }
        }
        if (hooks.after && !changed.empty()) {
            hooks.after(*record, changed);
        }
        stale.clear();
        changed.clear();
    };
    const auto noteStale = [&](const std::string& field) {
        if (stale.count(field) == 0) {
            stale.emplace(field, headCount(*record, field));
        }
    };

    std::size_t done = 0;
    for (Operation& op : operations) {
        if (done++ % 1000 == 0) {
            Progress::advance(progress, done, operations.size());
        }
        if (record != op.recordId) {
            finishRecord();
            record = op.recordId;
            if (hooks.before) {
                hooks.before(op.recordId);
            }
            type = recordType(op.recordId).value_or(op.recordType);
            noteRecord(op);
        }
        if (type != op.recordType) {
            throw Error(ErrorCode::Invalid,
                        "an operation would make the record " + op.recordId.hex() + " a " + op.recordType
                            + "; it is a " + type);
        }
        tryInsert.reset();
        tryInsert.bind(1, idView(op.opId))
            .bind(2, idView(op.recordId))
            .bind(3, op.recordType)
            .bind(4, op.field);
        if (op.value) {
            tryInsert.bind(5, *op.value);
        } else {
            tryInsert.bindNull(5);
        }
        tryInsert.bind(6, static_cast<std::int64_t>(op.hlc)).bind(7, idView(op.siteId)).bind(8, op.author);
        tryInsert.bind(9, crypto::ByteView(packIds(op.supersedes))).run();
        if (m_database.changes() == 0) {
            continue; // held already
        }
        for (const Id& old : op.supersedes) {
            supersede.reset();
            supersede.bind(1, idView(old)).bind(2, idView(op.opId)).run();
        }
        const bool followed = op.field != DeletedField && stale.count(op.field) == 0 && followsOnlyHead(op);
        if (!followed) {
            noteStale(op.field);
            // A delete (or an odd operation) may replace heads of other fields too.
            for (const Id& old : op.supersedes) {
                fieldOf.reset();
                fieldOf.bind(1, idView(old));
                if (fieldOf.step()) {
                    noteStale(fieldOf.columnText(0));
                }
            }
        }
        changed.insert(op.field);
        m_clock.observe(op.hlc);
        std::uint64_t& newest = newestBySite[op.siteId];
        newest = std::max(newest, op.hlc);
        if (&operations[kept] != &op) {
            operations[kept] = std::move(op);
        }
        ++kept;
    }
    finishRecord();
    operations.resize(kept);
    for (const auto& [site, hlc] : newestBySite) {
        noteSiteClock(site, hlc);
    }
    if (kept > 0) {
        saveClock();
    }
}

} // namespace majakka::store
