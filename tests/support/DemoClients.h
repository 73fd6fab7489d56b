#pragma once

#include "casework/ClientService.h"
#include "casework/DemoGenerator.h"
#include "session/Session.h"

#include <string>
#include <vector>

namespace majakka::test {

// Stores `count` demo clients (parents first, then their children linked to
// them) through the client write path, all assigned to `worker`; returns them
// as stored.
inline std::vector<domain::ClientRecord>
importDemoClients(Session& session, std::size_t count, std::uint32_t seed, const std::string& worker = "anna")
{
    const domain::Date today = domain::Date::fromTimePoint(session.clock().now());
    auto records = DemoGenerator::generateClients(count, seed, today, {worker});
    const auto split = static_cast<std::ptrdiff_t>(DemoGenerator::firstChild(records));
    std::vector<domain::ClientRecord> children(records.begin() + split, records.end());
    records.erase(records.begin() + split, records.end());
    ClientService clients(session);
    auto stored = clients.importAll(records);
    DemoGenerator::linkChildren(children, stored);
    for (auto& child : clients.importAll(children)) {
        stored.push_back(std::move(child));
    }
    return stored;
}

} // namespace majakka::test
