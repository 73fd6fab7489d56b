#pragma once

#include "casework/ClientService.h"

#include <cstddef>
#include <vector>

namespace majakka {

class Session;

inline constexpr std::size_t DefaultRecentLookBack = 20000;

// The clients the signed-in user opened lately, newest first, each once. Read
// from the audit log, where every opening of a record (ClientService::show)
// writes a client.view entry under its user, so nothing more is kept about
// what anyone looked at. Clients that no longer exist or that the user may no
// longer see (`scope`, ClientService::scope) are left out. Looks back over
// the newest `lookBack` entries of the log only, so that a user who opened
// nothing for a long time costs a bounded read.
std::vector<ClientSummary> recentClients(Session& session,
                                         const ClientScope& scope,
                                         std::size_t count,
                                         std::size_t lookBack = DefaultRecentLookBack);

} // namespace majakka
