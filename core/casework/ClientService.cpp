#include "casework/ClientService.h"

#include "Error.h"
#include "casework/ClientIndex.h"
#include "domain/ClientJson.h"
#include "domain/ClientRules.h"
#include "domain/EnumNames.h"
#include "session/Session.h"
#include "store/OperationLog.h"
#include "store/Statement.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace majakka {

namespace {

constexpr const char* ClientType = "client";

using Json = nlohmann::ordered_json;

// The client document split into its top-level parts: one field of the
// operation log each ("family_name", "referral", "measures", ...). The id is
// the record's key, not a field.
std::vector<store::OperationLog::FieldWrite> partsOf(const domain::ClientRecord& record)
{
    const Json document = Json::parse(domain::clientToJson(record, -1));
    std::vector<store::OperationLog::FieldWrite> parts;
    for (const auto& [key, value] : document.items()) {
        if (key == "id") {
            continue;
        }
        // An empty part is stored as no value: a new client writes operations
        // only for what is known of them, and clearing a part is one operation.
        const bool empty = value.is_null()
            || (value.is_string() && value.get_ref<const std::string&>().empty())
            || (value.is_array() && value.empty());
        parts.push_back({key, empty ? std::nullopt : std::optional<std::string>(value.dump())});
    }
    return parts;
}

std::string joinedChanges(const std::vector<store::Operation>& written)
{
    std::string out;
    for (const auto& op : written) {
        out += (out.empty() ? "" : ", ") + op.field;
    }
    return out;
}

} // namespace

domain::Date ClientService::today() const
{
    return domain::Date::fromTimePoint(m_session.clock().now());
}

bool ClientService::maySee(const domain::ClientRecord& record) const
{
    const domain::User& user = m_session.user();
    return user.role != domain::Role::Caseworker || record.person.worker == user.name;
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
    Json document = Json::object();
    document["id"] = id.hex();
    for (const auto& [field, value] : log.fields(id)) {
        if (field != store::DeletedField && value) {
            document[field] = Json::parse(*value);
        }
    }
    return domain::clientFromJson(document.dump());
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
    log.write(id, ClientType, partsOf(record), m_session.user().name);
    ClientIndex(m_session.database()).update(id, record);
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

domain::ClientRecord ClientService::end(const std::string& id, domain::EndOfAssistance end)
{
    domain::ClientRecord record = load(store::Id::fromHex(id));
    if (record.isEnded()) {
        throw Error(ErrorCode::Invalid, "the assistance of this client has ended already", "end");
    }
    record.end = std::move(end);
    return update(id, std::move(record));
}

domain::ClientRecord ClientService::show(const std::string& idText)
{
    const store::Id id = store::Id::fromHex(idText);
    domain::ClientRecord record = load(id);
    if (!maySee(record)) {
        // Said the same way as a missing client: a caseworker learns nothing of others' cases.
        throw Error(ErrorCode::NotFound, "there is no client with the id " + id.hex());
    }
    store::Transaction transaction(m_session.database());
    m_session.audit("client.view", id);
    transaction.commit();
    return record;
}

domain::ClientRecord ClientService::update(const std::string& idText, domain::ClientRecord record)
{
    const store::Id id = store::Id::fromHex(idText);
    const domain::ClientRecord stored = load(id);
    if (!maySee(stored)) {
        throw Error(ErrorCode::NotFound, "there is no client with the id " + id.hex());
    }
    requireMayEdit(stored);
    requireMayEdit(record);
    if (!record.id.empty() && record.id != id.hex()) {
        throw Error(ErrorCode::Invalid, "the document is of another client (its id differs)", "id");
    }
    if (record.number != stored.number) {
        throw Error(ErrorCode::Invalid, "the client number cannot be changed", "number");
    }
    if (stored.isEnded() && !(record.reopenings.size() > stored.reopenings.size() && !record.isEnded())) {
        throw Error(
            ErrorCode::Invalid,
            "the case has ended and is read-only; reopen it (remove the end and record a reopening) first",
            "end");
    }
    record.id = id.hex();
    domain::validateClient(record, today());
    store::Transaction transaction(m_session.database());
    store::OperationLog log(m_session.database(), m_session.clock());
    const auto written = log.write(id, ClientType, partsOf(record), m_session.user().name);
    if (!written.empty()) {
        ClientIndex(m_session.database()).update(id, record);
        const bool reopened = record.reopenings.size() > stored.reopenings.size();
        m_session.audit(reopened ? "client.reopen" : "client.update", id, joinedChanges(written));
    }
    transaction.commit();
    return record;
}

std::vector<domain::ClientRecord> ClientService::visibleRecords()
{
    std::vector<store::Id> ids;
    {
        store::Statement records(m_session.database(),
                                 "SELECT record_id FROM records WHERE record_type = ?1");
        records.bind(1, ClientType);
        while (records.step()) {
            const crypto::Bytes bytes = records.columnBlob(0);
            ids.push_back(store::Id::fromBytes(bytes.data(), bytes.size()));
        }
    }
    store::OperationLog log(m_session.database(), m_session.clock());
    std::vector<domain::ClientRecord> out;
    for (const store::Id& id : ids) {
        if (!log.isDeleted(id)) {
            domain::ClientRecord record = load(id);
            if (maySee(record)) {
                out.push_back(std::move(record));
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.number < b.number; });
    return out;
}

namespace {
ClientSummary summaryOf(const domain::ClientRecord& record)
{
    return {record.id,
            record.number ? record.number->toString() : std::string(),
            record.person.givenNames,
            record.person.familyName,
            std::string(domain::nameOf(record.person.kind)),
            std::string(domain::nameOf(record.person.office)),
            record.person.worker,
            record.isEnded()};
}

} // namespace

std::vector<ClientSummary> ClientService::list(const ClientFilter& filter)
{
    const domain::User& user = m_session.user();
    const std::optional<std::string> onlyWorker
        = user.role == domain::Role::Caseworker ? std::optional(user.name) : std::nullopt;
    return ClientIndex(m_session.database()).find(filter, onlyWorker);
}

std::vector<ClientDeadline> ClientService::deadlines(const DeadlineFilter& filter)
{
    const domain::Date until = today().addDays(filter.days);
    std::vector<ClientDeadline> out;
    for (const domain::ClientRecord& record : visibleRecords()) {
        ClientSummary summary = summaryOf(record);
        if ((filter.worker && *filter.worker != summary.worker)
            || (filter.office && *filter.office != summary.office)) {
            continue;
        }
        for (const domain::Deadline& deadline : domain::deadlinesOf(record, until)) {
            out.push_back({summary, deadline});
        }
    }
    std::stable_sort(
        out.begin(), out.end(), [](const auto& a, const auto& b) { return a.deadline.due < b.deadline.due; });
    return out;
}

} // namespace majakka
