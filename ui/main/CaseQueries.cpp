#include "ui/main/CaseQueries.h"

#include "Error.h"
#include "casework/RecentClients.h"
#include "session/Session.h"
#include "ui/app/SessionWorker.h"

namespace majakka::ui::queries {

std::vector<ClientSummary> clientRows(Session& session, const ClientFilter& filter, const JobControl& control)
{
    if (control.stopRequested()) {
        throw Error(ErrorCode::Usage, "reading the client list was stopped");
    }
    // One statement even for a whole list: paging it by OFFSET would sort the
    // user's clients once per page (the scope's index is by worker), forty
    // times slower at 100,000 clients than reading them all at once.
    return ClientService(session).list(filter);
}

ClientListModel::Query
clientListQuery(SessionWorker& worker, ClientListModel* model, std::function<void(const Error&)> failed)
{
    return [&worker, model, failed = std::move(failed)](const ClientFilter& filter,
                                                        const ClientListModel::Arrange& arrange,
                                                        ClientListModel::Reply reply) {
        worker.run<ClientListModel::Rows>(
            model,
            QStringLiteral("clients"),
            [filter, arrange](Session& session, const JobControl& control) {
                ClientListModel::Rows rows = clientRows(session, filter, control);
                return arrange ? arrange(std::move(rows)) : rows;
            },
            [reply](ClientListModel::Rows rows) { reply(std::move(rows)); },
            [reply, failed](const Error& error) {
                reply(std::nullopt);
                if (failed) {
                    failed(error);
                }
            });
    };
}

HomeFigures homeFigures(Session& session, int days, std::size_t recentCount)
{
    ClientService clients(session);
    DeadlineFilter deadlines;
    deadlines.days = days;
    ClientFilter active;
    active.ended = false;
    if (session.user().role != domain::Role::OfficeWorker) {
        deadlines.worker = session.user().name;
        active.worker = session.user().name;
    }
    HomeFigures figures;
    figures.deadlines = clients.deadlines(deadlines);
    figures.activeCases = clients.count(active);
    figures.recentClients = recentClients(session, clients.scope(), recentCount);
    return figures;
}

} // namespace majakka::ui::queries
