#pragma once

#include "casework/ClientService.h"
#include "domain/ClientRecord.h"
#include "store/Id.h"

#include <optional>
#include <string>
#include <vector>

namespace majakka::store {
class Database;
}

namespace majakka {

// The client summaries and the full-text search index: derived from the
// current values, written in the same transaction as every client change.
class ClientIndex
{
public:
    explicit ClientIndex(store::Database& database)
        : m_database(database)
    { }

    void update(const store::Id& id, const domain::ClientRecord& record);

    // Summaries matching the filter, by client number. `onlyWorker` limits the
    // result to one worker's clients (a caseworker's view).
    std::vector<ClientSummary> find(const ClientFilter& filter, const std::optional<std::string>& onlyWorker);

    // The FTS4 query for what a person typed: every word a prefix, all required.
    // Phone numbers match with or without the country code and spaces.
    static std::string matchExpression(const std::string& typed);

private:
    store::Database& m_database;
};

} // namespace majakka
