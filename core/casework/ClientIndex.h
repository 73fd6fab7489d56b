#pragma once

#include "casework/ClientService.h"
#include "domain/ClientRecord.h"
#include "store/Id.h"
#include "store/Statement.h"

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
    // Drops the client's summary and search entry (a deleted client, or one
    // that left a laptop's scope).
    void remove(const store::Id& id);
    // The ids of the clients of a worker (a user name) and of an office, either
    // unset for all, ended cases included.
    std::vector<store::Id> idsOf(const std::optional<std::string>& worker,
                                 const std::optional<std::string>& office);

    // Summaries matching the filter within the user's scope, by client number.
    std::vector<ClientSummary> find(const ClientFilter& filter, const ClientScope& scope);
    // How many clients match (limit and offset aside), without reading them.
    std::size_t count(const ClientFilter& filter, const ClientScope& scope);

    // The FTS4 query for what a person typed: every word a prefix, all required.
    // Phone numbers match with or without the country code and spaces.
    // The summary of one stored client.
    ClientSummary summary(const store::Id& id);

    static std::string matchExpression(const std::string& typed);

private:
    // SELECT `columns` of the summaries matching the filter in the scope, with
    // `tail` (order, limit) after the conditions; every condition's value bound.
    store::Statement select(const std::string& columns,
                            const ClientFilter& filter,
                            const ClientScope& scope,
                            const std::string& tail);

    store::Database& m_database;
};

} // namespace majakka
