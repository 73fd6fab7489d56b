#include "casework/RecentClients.h"

#include "Error.h"
#include "casework/ClientIndex.h"
#include "session/Session.h"
#include "store/Statement.h"

#include <set>

namespace majakka {

std::vector<ClientSummary>
recentClients(Session& session, const ClientScope& scope, std::size_t count, std::size_t lookBack)
{
    std::vector<ClientSummary> out;
    if (count == 0) {
        return out;
    }
    // Newest first by sequence (the table's rowid), stopping once enough are found.
    store::Statement views(session.database(),
                           "SELECT record_id FROM audit_log "
                           "WHERE seq > (SELECT coalesce(max(seq), 0) FROM audit_log) - ?2 "
                           "AND user = ?1 AND action = 'client.view' AND record_id IS NOT NULL "
                           "ORDER BY seq DESC");
    views.bind(1, session.user().name).bind(2, static_cast<std::int64_t>(lookBack));
    ClientIndex index(session.database());
    std::set<crypto::Bytes> seen;
    while (out.size() < count && views.step()) {
        const crypto::Bytes bytes = views.columnBlob(0);
        if (!seen.insert(bytes).second) {
            continue;
        }
        ClientSummary summary;
        try {
            summary = index.summary(store::Id::fromBytes(bytes.data(), bytes.size()));
        } catch (const Error& error) {
            if (error.code() == ErrorCode::NotFound) {
                continue;
            }
            throw;
        }
        if ((scope.worker && summary.worker != *scope.worker)
            || (scope.office && summary.office != *scope.office)) {
            continue;
        }
        out.push_back(std::move(summary));
    }
    return out;
}

} // namespace majakka
