#pragma once

#include "casework/ClientService.h"
#include "domain/CaseRules.h"
#include "domain/Date.h"

#include <optional>
#include <string>
#include <vector>

namespace majakka::store {
class Database;
}

namespace majakka {

// The deadlines list as the screens and the CLI show it, in one statement:
// what falls due up to `until`, without the events the list no longer shows
// on `today` (domain::isShownOn, turned into SQL here), of the clients of
// `worker` and `office` (either unset for all), soonest first.
std::vector<ClientDeadline> shownDeadlines(store::Database& database,
                                           domain::Date today,
                                           domain::Date until,
                                           const std::optional<std::string>& worker,
                                           const std::optional<std::string>& office,
                                           const domain::CaseRules& rules = {});

} // namespace majakka
