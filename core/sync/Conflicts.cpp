#include "sync/Conflicts.h"

#include "Error.h"
#include "audit/AuditLog.h"
#include "crypto/Hash.h"
#include "store/Database.h"
#include "store/IdColumns.h"
#include "store/OperationLog.h"
#include "store/Statement.h"
#include "sync/DeviceIdentity.h"
#include "sync/TrustedDevices.h"

#include <algorithm>
#include <map>

namespace majakka::sync {

namespace {

constexpr std::size_t IdDigits = 12;

// The fields with several heads, and the deleted records that still have a
// field (an edit the delete did not see), of the given records or of all.
// Each query keeps to an index: the partial ones of conflicts and deletes, or
// the primary key for one record.
std::vector<std::pair<store::Id, std::string>>
conflictedFields(store::Database& database, const std::optional<std::set<store::Id>>& records)
{
    std::set<std::pair<store::Id, std::string>> out;
    store::Statement surviving(
        database, "SELECT 1 FROM field_values WHERE record_id = ?1 AND field <> '$deleted' LIMIT 1");
    const auto addDeleted = [&](const store::Id& record) {
        surviving.reset();
        surviving.bind(1, store::idView(record));
        if (surviving.step()) {
            out.emplace(record, store::DeletedField);
        }
    };
    if (!records) {
        store::Statement several(database, "SELECT record_id, field FROM field_values WHERE heads > 1");
        while (several.step()) {
            out.emplace(store::idColumn(several, 0), several.columnText(1));
        }
        store::Statement deleted(
            database, "SELECT record_id FROM field_values WHERE field = '$deleted' AND value = 'true'");
        while (deleted.step()) {
            addDeleted(store::idColumn(deleted, 0));
        }
        return {out.begin(), out.end()};
    }
    store::Statement several(database, "SELECT field FROM field_values WHERE record_id = ?1 AND heads > 1");
    store::Statement deleted(
        database,
        "SELECT 1 FROM field_values WHERE record_id = ?1 AND field = '$deleted' AND value = 'true'");
    for (const store::Id& record : *records) {
        several.reset();
        several.bind(1, store::idView(record));
        while (several.step()) {
            out.emplace(record, several.columnText(0));
        }
        deleted.reset();
        deleted.bind(1, store::idView(record));
        if (deleted.step()) {
            addDeleted(record);
        }
    }
    return {out.begin(), out.end()};
}

std::vector<std::string> survivingFields(store::Database& database, const store::Id& record)
{
    store::Statement query(database,
                           "SELECT field FROM field_values WHERE record_id = ?1 AND field <> '$deleted'");
    query.bind(1, store::idView(record));
    std::vector<std::string> out;
    while (query.step()) {
        out.push_back(query.columnText(0));
    }
    return out;
}

} // namespace

bool Conflict::isDelete() const
{
    return field == store::DeletedField;
}

std::string Conflicts::conflictId(const store::Id& record, const std::string& field)
{
    crypto::Bytes input {'c', 'o', 'n', 'f', 'l', 'i', 'c', 't'};
    input.insert(input.end(), record.bytes.begin(), record.bytes.end());
    input.insert(input.end(), field.begin(), field.end());
    return crypto::toHex(crypto::sha256(input)).substr(0, IdDigits);
}

std::vector<Conflict> Conflicts::list(const std::optional<std::set<store::Id>>& records)
{
    store::Database& database = m_context.database;
    const DeviceIdentity self = DeviceIdentity::load(database, m_context.clock);
    std::map<store::Id, std::string> siteNames {{self.deviceId(), self.publicIdentity().name}};
    for (const TrustedDevice& device : TrustedDevices(database).all()) {
        siteNames.emplace(device.identity.deviceId, device.identity.name);
    }
    store::OperationLog log(database, m_context.clock);
    const auto headsOf
        = [&](const store::Id& record, const std::string& field, std::vector<ConflictHead>& out) {
              bool first = out.empty();
              for (store::Operation& op : log.heads(record, field)) {
                  ConflictHead head;
                  head.opId = op.opId;
                  head.field = op.field;
                  head.value = std::move(op.value);
                  head.author = std::move(op.author);
                  head.site = op.siteId;
                  const auto name = siteNames.find(op.siteId);
                  head.siteName = name == siteNames.end() ? std::string() : name->second;
                  head.hlc = op.hlc;
                  head.local = op.siteId == self.deviceId();
                  head.shown = first;
                  first = false;
                  out.push_back(std::move(head));
              }
          };
    std::vector<Conflict> out;
    for (const auto& [record, field] : conflictedFields(database, records)) {
        Conflict conflict;
        conflict.id = conflictId(record, field);
        conflict.record = record;
        conflict.recordType = log.recordType(record).value_or("");
        conflict.label = m_context.hooks.label(record);
        conflict.field = field;
        headsOf(record, field, conflict.heads);
        if (conflict.isDelete()) {
            for (const std::string& edited : survivingFields(database, record)) {
                headsOf(record, edited, conflict.heads);
            }
        }
        out.push_back(std::move(conflict));
    }
    return out;
}

Conflict Conflicts::find(const std::string& id)
{
    std::vector<Conflict> matches;
    for (Conflict& conflict : list()) {
        if (!id.empty() && conflict.id.rfind(id, 0) == 0) {
            matches.push_back(std::move(conflict));
        }
    }
    if (matches.empty()) {
        throw Error(ErrorCode::NotFound,
                    "there is no open conflict with the id \"" + id
                        + "\" (see `majakka-cli conflicts list`)");
    }
    if (matches.size() > 1) {
        throw Error(ErrorCode::Usage, "\"" + id + "\" starts the ids of several conflicts; give more of it");
    }
    return std::move(matches.front());
}

void Conflicts::resolve(const std::string& id, Take take)
{
    const Conflict conflict = find(id);
    std::vector<const ConflictHead*> side;
    for (const ConflictHead& head : conflict.heads) {
        if (head.local == (take == Take::Local)) {
            side.push_back(&head);
        }
    }
    // A delete conflict has two sides, the delete and the edits; a side may hold several edited fields.
    const bool oneSide
        = !side.empty() && std::all_of(side.begin(), side.end(), [&](const ConflictHead* head) {
              return (head->field == store::DeletedField) == (side.front()->field == store::DeletedField);
          });
    const bool oneHead = side.size() == 1 || (conflict.isDelete() && oneSide);
    if (!oneHead) {
        throw Error(ErrorCode::Usage,
                    side.empty()
                        ? std::string(take == Take::Local ? "none of the values of this conflict was made "
                                                            "on this device"
                                                          : "every value of this conflict was made on this "
                                                            "device")
                            + "; choose one by its id with --take (see `majakka-cli conflicts list`)"
                        : "several devices' values are in this conflict; choose one by its id with --take "
                          "(see `majakka-cli conflicts list`)");
    }
    keep(conflict, *side.front());
}

void Conflicts::resolve(const std::string& id, const std::string& head)
{
    const Conflict conflict = find(id);
    const ConflictHead* chosen = nullptr;
    const bool isNumber = !head.empty() && head.size() <= 3
        && std::all_of(head.begin(), head.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (isNumber) {
        const std::size_t index = std::stoul(head);
        if (index >= 1 && index <= conflict.heads.size()) {
            chosen = &conflict.heads[index - 1];
        }
    } else {
        for (const ConflictHead& candidate : conflict.heads) {
            if (head.size() >= 4 && candidate.opId.hex().rfind(head, 0) == 0) {
                if (chosen) {
                    throw Error(ErrorCode::Usage,
                                "\"" + head + "\" starts the ids of several values; give more of it");
                }
                chosen = &candidate;
            }
        }
    }
    if (!chosen) {
        throw Error(ErrorCode::NotFound,
                    "the conflict " + conflict.id + " has no value "
                        + (isNumber ? "number " : "whose id starts with ") + "\"" + head + "\"");
    }
    keep(conflict, *chosen);
}

void Conflicts::keep(const Conflict& conflict, const ConflictHead& head)
{
    m_context.hooks.requireMayChange(conflict.record);
    store::Database& database = m_context.database;
    store::Transaction transaction(database);
    store::OperationLog log(database, m_context.clock);
    std::string detail;
    if (!conflict.isDelete()) {
        log.write(conflict.record, conflict.recordType, {{conflict.field, head.value}}, m_context.user);
        detail = conflict.field;
    } else if (head.field == store::DeletedField) {
        log.remove(conflict.record, conflict.recordType, m_context.user);
        detail = "kept the delete";
    } else {
        log.undelete(conflict.record, conflict.recordType, m_context.user);
        detail = "kept the record (undid the delete)";
    }
    const auto problems = m_context.hooks.refresh({{conflict.record, {conflict.field}}});
    if (!problems.empty()) {
        throw Error(ErrorCode::Invalid,
                    "keeping that value would leave the record invalid (" + problems.front()
                        + "); nothing was changed");
    }
    m_context.audit.append(m_context.user,
                           "conflict.resolve",
                           conflict.record,
                           detail + ": kept the value made by " + head.author
                               + (head.siteName.empty() ? std::string() : " on " + head.siteName));
    transaction.commit();
}

} // namespace majakka::sync
