#include "casework/ClientService.h"

#include "Error.h"
#include "casework/ClientFields.h"
#include "casework/ClientIndex.h"
#include "casework/ClientTables.h"
#include "casework/DeadlineList.h"
#include "domain/ClientRules.h"
#include "domain/EnumNames.h"
#include "session/Session.h"
#include "store/OperationLog.h"
#include "store/Statement.h"

namespace majakka {

namespace {

constexpr const char* ClientType = "client";

std::string joinedChanges(const std::vector<store::Operation>& written)
{
    std::string out;
    for (const auto& op : written) {
        out += (out.empty() ? "" : ", ") + op.field;
    }
    return out;
}

// The log's writes that make `next` of what the record shows now: every value
// of `next`, and a clearing write for each value it no longer has.
std::vector<store::OperationLog::FieldWrite> writesFor(const ClientFieldValues& next,
                                                       const ClientFieldValues& shown)
{
    std::vector<store::OperationLog::FieldWrite> writes;
    writes.reserve(next.size());
    for (const auto& [field, value] : next) {
        writes.push_back({field, value});
    }
    for (const auto& [field, value] : shown) {
        if (value && field != store::DeletedField && !next.count(field)) {
            writes.push_back({field, std::nullopt});
        }
    }
    return writes;
}

template<typename Entry> void nameEntries(std::vector<Entry>& entries, store::OperationLog& log)
{
    for (Entry& entry : entries) {
        if (entry.id.empty()) {
            entry.id = log.newEntryId();
        }
    }
}

} // namespace

ClientService::ClientService(Session& session)
    : m_session(session)
{
    fillStaleTables();
}

void ClientService::fillStaleTables()
{
    store::Statement stale
        = m_session.database().cached("SELECT 1 FROM meta WHERE key = 'client_tables_stale'");
    if (!stale.step()) {
        return;
    }
    stale.reset();
    std::vector<store::Id> ids;
    {
        store::Statement records
            = m_session.database().cached("SELECT record_id FROM records WHERE record_type = ?1");
        records.bind(1, ClientType);
        while (records.step()) {
            const crypto::Bytes bytes = records.columnBlob(0);
            ids.push_back(store::Id::fromBytes(bytes.data(), bytes.size()));
        }
    }
    store::Transaction transaction(m_session.database());
    store::OperationLog log(m_session.database(), m_session.clock());
    ClientTables tables(m_session.database());
    for (const store::Id& id : ids) {
        if (!log.isDeleted(id)) {
            tables.replace(id, load(id));
        }
    }
    m_session.database().exec("DELETE FROM meta WHERE key = 'client_tables_stale'");
    transaction.commit();
}

domain::Date ClientService::today() const
{
    return domain::Date::fromTimePoint(m_session.clock().now());
}

ClientScope ClientService::scope() const
{
    const domain::User& user = m_session.user();
    switch (user.role) {
    case domain::Role::Caseworker:
        return {user.name, std::nullopt};
    case domain::Role::OfficeWorker:
        // An office worker with no office yet sees nobody's clients: "" matches no office.
        return {std::nullopt, user.office ? std::string(domain::nameOf(*user.office)) : std::string()};
    case domain::Role::Supervisor:
    case domain::Role::Administrator:
        break;
    }
    return {};
}

bool ClientService::maySee(const domain::ClientRecord& record) const
{
    const ClientScope visible = scope();
    return (!visible.worker || record.person.worker == *visible.worker)
        && (!visible.office || domain::nameOf(record.person.office) == *visible.office);
}

void ClientService::requireMayEdit(const domain::ClientRecord& record) const
{
    const domain::User& user = m_session.user();
    if (user.role == domain::Role::Supervisor) {
        throw Error(ErrorCode::Permission, "a supervisor may read client records but not change them");
    }
    if (user.role == domain::Role::Caseworker && record.person.worker != user.name) {
        throw Error(
            ErrorCode::Permission, "a caseworker may only change the clients assigned to them", "worker");
    }
    if (user.role == domain::Role::OfficeWorker && !maySee(record)) {
        throw Error(
            ErrorCode::Permission, "an office worker may only change the clients of their office", "office");
    }
}

domain::ClientNumber ClientService::nextNumber(domain::Office office, int year)
{
    // The numbers of one office and year form a range of the index; the longest,
    // then highest, text is the highest sequence (10000 sorts after 9999).
    const std::string prefix
        = std::string(domain::clientNumberPrefix(office)) + "-" + std::to_string(year) + "-";
    store::Statement query(m_session.database(),
                           "SELECT number FROM client_summaries WHERE number >= ?1 AND number < ?2 "
                           "ORDER BY length(number) DESC, number DESC LIMIT 1");
    query.bind(1, prefix).bind(2, prefix.substr(0, prefix.size() - 1) + ".");
    domain::ClientNumber number {office, year, 1};
    if (query.step()) {
        if (const auto taken = domain::ClientNumber::tryParse(query.columnText(0))) {
            number.sequence = taken->sequence + 1;
        }
    }
    return number;
}

domain::ClientRecord ClientService::load(const store::Id& id)
{
    store::OperationLog log(m_session.database(), m_session.clock());
    if (log.recordType(id) != std::optional<std::string>(ClientType) || log.isDeleted(id)) {
        throw Error(ErrorCode::NotFound, "there is no client with the id " + id.hex());
    }
    ClientFieldValues fields = log.fields(id);
    fields.erase(std::string(store::DeletedField));
    return clientFromFields(id.hex(), fields);
}

domain::ClientRecord ClientService::loadVisible(const store::Id& id)
{
    domain::ClientRecord record = load(id);
    if (!maySee(record)) {
        // Said the same way as a missing client: a caseworker learns nothing of others' cases.
        throw Error(ErrorCode::NotFound, "there is no client with the id " + id.hex());
    }
    return record;
}

void ClientService::assignEntryIds(domain::ClientRecord& record, store::OperationLog& log)
{
    nameEntries(record.measures, log);
    nameEntries(record.reflectionPeriods, log);
    nameEntries(record.residenceMatters, log);
    nameEntries(record.legalSteps, log);
    nameEntries(record.contacts, log);
    nameEntries(record.consents, log);
    nameEntries(record.disclosures, log);
    nameEntries(record.seriousThreats, log);
    nameEntries(record.reopenings, log);
}

domain::ClientRecord ClientService::addInTransaction(domain::ClientRecord record)
{
    requireMayEdit(record);
    domain::validateClient(record, today());
    const store::Id id = store::Id::random();
    record.id = id.hex();
    const int year = record.referral ? record.referral->date.year() : today().year();
    record.number = nextNumber(record.person.office, year);
    store::OperationLog log(m_session.database(), m_session.clock());
    assignEntryIds(record, log);
    log.write(id, ClientType, writesFor(clientFields(record), {}), m_session.user().name);
    ClientIndex(m_session.database()).update(id, record);
    ClientTables(m_session.database()).replace(id, record);
    m_session.audit("client.add", id, record.number->toString());
    return record;
}

domain::ClientRecord ClientService::add(domain::ClientRecord record)
{
    store::Transaction transaction(m_session.database());
    record = addInTransaction(std::move(record));
    transaction.commit();
    return record;
}

std::vector<domain::ClientRecord> ClientService::importAll(std::vector<domain::ClientRecord> records)
{
    store::Transaction transaction(m_session.database());
    for (std::size_t i = 0; i < records.size(); ++i) {
        try {
            records[i] = addInTransaction(std::move(records[i]));
        } catch (const Error& error) {
            const std::string index = "[" + std::to_string(i) + "]";
            throw Error(error.code(),
                        "record " + std::to_string(i + 1) + ": " + error.what(),
                        index + (error.field().empty() ? "" : "." + error.field()));
        }
    }
    transaction.commit();
    return records;
}

ClientChange ClientService::end(const std::string& id, domain::EndOfAssistance end)
{
    domain::ClientRecord record = loadVisible(store::Id::fromHex(id));
    if (record.isEnded()) {
        throw Error(ErrorCode::Invalid, "the assistance of this client has ended already", "end");
    }
    record.end = std::move(end);
    return change(id, std::move(record));
}

domain::ClientRecord ClientService::read(const std::string& id)
{
    return loadVisible(store::Id::fromHex(id));
}

domain::ClientRecord ClientService::show(const std::string& idText)
{
    const store::Id id = store::Id::fromHex(idText);
    domain::ClientRecord record = loadVisible(id);
    store::Transaction transaction(m_session.database());
    m_session.audit("client.view", id);
    transaction.commit();
    return record;
}

domain::ClientRecord ClientService::update(const std::string& idText, domain::ClientRecord record)
{
    return change(idText, std::move(record)).after;
}

ClientChange ClientService::change(const std::string& idText, domain::ClientRecord record)
{
    const store::Id id = store::Id::fromHex(idText);
    domain::ClientRecord stored = loadVisible(id);
    if (!record.id.empty() && record.id != id.hex()) {
        throw Error(ErrorCode::Invalid, "the document is of another client (its id differs)", "id");
    }
    if (record.number != stored.number) {
        throw Error(ErrorCode::Invalid, "the client number cannot be changed", "number");
    }
    const bool reopened = record.reopenings.size() > stored.reopenings.size() && !record.isEnded();
    if (stored.isEnded() && !reopened) {
        throw Error(
            ErrorCode::Invalid,
            "the case has ended and is read-only; reopen it (remove the end and record a reopening) first",
            "end");
    }
    domain::ClientRecord after
        = write(id, stored, std::move(record), reopened ? "client.reopen" : "client.update");
    return {id.hex(), std::move(stored), std::move(after)};
}

domain::ClientRecord ClientService::undo(const ClientChange& change)
{
    const store::Id id = store::Id::fromHex(change.clientId);
    const domain::ClientRecord stored = loadVisible(id);
    if (stored != change.after) {
        throw Error(ErrorCode::Invalid,
                    "the client has been changed since; this change can no longer be undone");
    }
    return write(id, stored, change.before, "client.undo");
}

domain::ClientRecord ClientService::redo(const ClientChange& change)
{
    const store::Id id = store::Id::fromHex(change.clientId);
    const domain::ClientRecord stored = loadVisible(id);
    if (stored != change.before) {
        throw Error(ErrorCode::Invalid,
                    "the client has been changed since; this change can no longer be redone");
    }
    return write(id, stored, change.after, "client.redo");
}

ClientChange ClientService::renumber(const std::string& idText)
{
    const store::Id id = store::Id::fromHex(idText);
    domain::ClientRecord stored = loadVisible(id);
    domain::ClientRecord record = stored;
    const int year = stored.number ? stored.number->year : today().year();
    // No one else writes between the lookup and the write: the database is
    // opened with an exclusive lock.
    record.number = nextNumber(record.person.office, year);
    domain::ClientRecord after = write(id, stored, std::move(record), "client.renumber");
    return {id.hex(), std::move(stored), std::move(after)};
}

domain::ClientRecord ClientService::write(const store::Id& id,
                                          const domain::ClientRecord& stored,
                                          domain::ClientRecord record,
                                          std::string_view action)
{
    requireMayEdit(stored);
    requireMayEdit(record);
    record.id = id.hex();
    domain::validateClient(record, today());
    store::Transaction transaction(m_session.database());
    // One log (one clock) for the entries' ids and the operations: ids stay
    // later than everything this site wrote before.
    store::OperationLog log(m_session.database(), m_session.clock());
    assignEntryIds(record, log);
    ClientFieldValues shown = log.fields(id);
    const auto written
        = log.write(id, ClientType, writesFor(clientFields(record), shown), m_session.user().name);
    if (!written.empty()) {
        // Only the tables of the parts that changed are written again.
        ClientParts parts;
        for (const store::Operation& op : written) {
            parts.add(ClientParts::ofField(op.field));
        }
        if (parts.has(ClientPart::Person) || parts.has(ClientPart::End)) {
            ClientIndex(m_session.database()).update(id, record);
        }
        ClientTables(m_session.database()).replace(id, record, parts);
        m_session.audit(action, id, joinedChanges(written));
    }
    transaction.commit();
    return record;
}

std::vector<ClientSummary> ClientService::list(const ClientFilter& filter)
{
    return ClientIndex(m_session.database()).find(filter, scope());
}

std::size_t ClientService::count(const ClientFilter& filter)
{
    return ClientIndex(m_session.database()).count(filter, scope());
}

std::vector<ClientDeadline> ClientService::deadlines(const DeadlineFilter& filter)
{
    const ClientScope visible = scope();
    // The user's scope and the filter both narrow; two different ones leave nothing.
    const auto narrowed
        = [](const std::optional<std::string>& a,
             const std::optional<std::string>& b) -> std::optional<std::optional<std::string>> {
        if (a && b && *a != *b) {
            return std::nullopt;
        }
        return a ? a : b;
    };
    const auto worker = narrowed(visible.worker, filter.worker);
    const auto office = narrowed(visible.office, filter.office);
    if (!worker || !office) {
        return {};
    }
    const domain::Date now = today();
    return shownDeadlines(m_session.database(), now, now.addDays(filter.days), *worker, *office);
}

std::vector<ClientSummary> ClientService::children(const std::string& parentId)
{
    return ClientIndex(m_session.database()).childrenOf(store::Id::fromHex(parentId), scope());
}

std::optional<ClientSummary> ClientService::summary(const std::string& id)
{
    std::optional<store::Id> key;
    try {
        key = store::Id::fromHex(id);
    } catch (const Error&) {
        return std::nullopt; // a parent link typed by hand, say: no client has that id
    }
    const std::optional<ClientSummary> found = ClientIndex(m_session.database()).summaryIfAny(*key);
    const ClientScope visible = scope();
    if (!found || (visible.worker && found->worker != *visible.worker)
        || (visible.office && found->office != *visible.office)) {
        return std::nullopt;
    }
    return found;
}

} // namespace majakka
