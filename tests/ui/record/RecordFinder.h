#pragma once

#include "casework/ClientService.h"

#include <optional>
#include <string>

namespace majakka::ui::test {

// The first active client with at least one support measure.
inline std::optional<std::string> clientWithMeasure(ClientService& clients)
{
    ClientFilter active;
    active.ended = false;
    for (const ClientSummary& summary : clients.list(active)) {
        if (!clients.show(summary.id).measures.empty()) {
            return summary.id;
        }
    }
    return std::nullopt;
}

} // namespace majakka::ui::test
