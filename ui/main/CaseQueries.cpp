#include "ui/main/CaseQueries.h"

#include "Error.h"
#include "casework/RecentClients.h"
#include "session/Session.h"
#include "ui/app/SessionWorker.h"

#include <algorithm>

namespace majakka::ui::queries {

namespace {
constexpr std::size_t WholeListPage = 2000;
}

std::vector<ClientSummary> clientRows(Session& session, const ClientFilter& filter, const JobControl& control)
{
    ClientService clients(session);
    if (filter.limit) {
        return clients.list(filter);
    }
    std::vector<ClientSummary> rows;
    ClientFilter page = filter;
    page.limit = WholeListPage;
    for (;;) {
        if (control.stopRequested()) {
            throw Error(ErrorCode::Usage, "reading the client list was stopped");
        }
        page.offset = filter.offset.value_or(0) + rows.size();
        std::vector<ClientSummary> more = clients.list(page);
        const bool last = more.size() < WholeListPage;
        rows.insert(rows.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
        if (last) {
            return rows;
        }
    }
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

HomeFigures homeFigures(Session& session, domain::Date today, int days, std::size_t recentCount)
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
    std::erase_if(figures.deadlines,
                  [&](const ClientDeadline& item) { return !domain::isShownOn(item.deadline, today); });
    figures.activeCases = clients.count(active);
    figures.recentClients = recentClients(session, clients.scope(), recentCount);
    return figures;
}

} // namespace majakka::ui::queries
