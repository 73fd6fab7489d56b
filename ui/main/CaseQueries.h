#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers.
#ifndef Q_MOC_RUN
#include "Error.h"
#include "casework/ClientService.h"
#endif

#include "ui/clients/ClientListModel.h"

#include <cstddef>
#include <functional>
#include <vector>

namespace majakka {
class Session;
}

namespace majakka::ui {

class JobControl;
class SessionWorker;

// The reads the main window hands to the worker thread (SessionWorker). They
// run there with the session, never on the UI thread.
namespace queries {

// Rows of the client list: a page, or without a limit the whole list to sort.
std::vector<ClientSummary>
clientRows(Session& session, const ClientFilter& filter, const JobControl& control);

// The client list's query: each request a job of the worker (one waiting at a
// time), its answer delivered to `model`; a failure is reported to `failed`.
ClientListModel::Query
clientListQuery(SessionWorker& worker, ClientListModel* model, std::function<void(const Error&)> failed);

struct HomeFigures
{
    std::vector<ClientDeadline> deadlines;
    std::size_t activeCases = 0;
    std::vector<ClientSummary> recentClients;
};

// What the home page shows: the user's deadlines in the next `days` days
// (as ClientService::deadlines gives them: events long past left out), how
// many active clients they have, and the clients they opened lately. "My"
// means assigned to me; for an office worker, the office's.
HomeFigures homeFigures(Session& session, int days, std::size_t recentCount);

} // namespace queries
} // namespace majakka::ui
