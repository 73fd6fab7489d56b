#include "casework/ClientSyncHooks.h"

#include "Error.h"
#include "casework/ClientFields.h"
#include "casework/ClientIndex.h"
#include "casework/ClientService.h"
#include "casework/ClientTables.h"
#include "session/Session.h"
#include "store/OperationLog.h"

namespace majakka {

namespace {
constexpr std::string_view ClientType = "client";
constexpr std::string_view HotlineType = "hotline_call";
} // namespace

bool ClientSyncHooks::knowsRecordType(std::string_view type) const
{
    return type == ClientType || type == HotlineType;
}

std::vector<store::Id> ClientSyncHooks::recordsIn(const sync::Scope& scope)
{
    return ClientIndex(m_session.database()).idsOf(scope.worker, scope.office);
}

std::vector<std::string> ClientSyncHooks::refresh(const std::map<store::Id, std::set<std::string>>& changes)
{
    store::Database& database = m_session.database();
    store::OperationLog log(database, m_session.clock());
    ClientIndex index(database);
    ClientTables tables(database);
    std::vector<std::string> problems;
    for (const auto& [id, fields] : changes) {
        if (log.recordType(id) != std::optional<std::string>(ClientType)) {
            continue; // hotline calls have nothing derived
        }
        if (log.isDeleted(id)) {
            forget(id);
            continue;
        }
        ClientFieldValues values = log.fields(id);
        values.erase(std::string(store::DeletedField));
        ClientParts parts;
        for (const std::string& field : fields) {
            parts.add(ClientParts::ofField(field));
        }
        if (fields.empty() || fields.count(std::string(store::DeletedField)) > 0) {
            parts = ClientParts::all(); // not known, or brought back from a delete
        }
        try {
            const domain::ClientRecord record = clientFromFields(id.hex(), values);
            // The summary and the search index hold the person, the number and whether the case ended.
            if (parts.has(ClientPart::Person) || parts.has(ClientPart::End)) {
                index.update(id, record);
            }
            tables.replace(id, record, parts);
        } catch (const Error& error) {
            const std::string known = label(id);
            problems.push_back("the client " + (known.empty() ? id.hex() : known)
                               + " cannot be shown as merged (" + error.what() + "); resolve its conflicts");
        }
    }
    return problems;
}

void ClientSyncHooks::forget(const store::Id& record)
{
    ClientIndex(m_session.database()).remove(record);
    ClientTables(m_session.database()).remove(record);
}

std::string ClientSyncHooks::label(const store::Id& record)
{
    try {
        const ClientSummary summary = ClientIndex(m_session.database()).summary(record);
        return summary.number + " " + summary.familyName + ", " + summary.givenNames;
    } catch (const Error&) {
        return {};
    }
}

void ClientSyncHooks::requireMayChange(const store::Id& record)
{
    if (m_session.user().role == domain::Role::Supervisor) {
        throw Error(ErrorCode::Permission, "a supervisor may read records but not change them");
    }
    const auto type = store::OperationLog(m_session.database(), m_session.clock()).recordType(record);
    if (type != std::optional<std::string>(ClientType)) {
        return; // a hotline call holds nothing personal; every other role may change it
    }
    const ClientScope scope = ClientService(m_session).scope();
    ClientSummary summary;
    try {
        summary = ClientIndex(m_session.database()).summary(record);
    } catch (const Error&) {
        if (scope.worker || scope.office) {
            throw Error(ErrorCode::Permission,
                        "only an administrator may change a client that cannot be shown");
        }
        return;
    }
    if ((scope.worker && summary.worker != *scope.worker)
        || (scope.office && summary.office != *scope.office)) {
        throw Error(ErrorCode::Permission, "you may change only the clients you see");
    }
}

} // namespace majakka
