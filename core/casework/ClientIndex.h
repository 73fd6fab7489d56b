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
    // SQLite's plan for `find`, one line per step (EXPLAIN QUERY PLAN), for
    // the tests and the benchmark: which index a list or a search walks.
    std::vector<std::string> plan(const ClientFilter& filter, const ClientScope& scope);

    // The clients whose record names `parent` as their parent, within the
    // scope, by client number.
    std::vector<ClientSummary> childrenOf(const store::Id& parent, const ClientScope& scope);

    // The summary of one stored client: throws Error(NotFound) without one.
    ClientSummary summary(const store::Id& id);
    std::optional<ClientSummary> summaryIfAny(const store::Id& id);

    // The FTS4 query for what a person typed: every word a prefix, all required.
    // Phone numbers match with or without the country code and spaces. (The
    // start of a client number is searched in the number index instead.)
    static std::string matchExpression(const std::string& typed);

    // The columns of a summary from client_summaries as `s`, and the summary
    // read from a row that begins with them: for queries that join summaries.
    static const char* summaryColumns();
    static ClientSummary summaryFrom(store::Statement& row);

private:
    // SELECT `columns` of the summaries matching the filter in the scope, with
    // `tail` (order, limit) after the conditions and `lead` before; every
    // condition's value bound.
    store::Statement select(const std::string& columns,
                            const ClientFilter& filter,
                            const ClientScope& scope,
                            const std::string& tail,
                            const char* lead = "");
    // The statement of `find`, bound, after `lead` ("EXPLAIN QUERY PLAN ").
    store::Statement findStatement(const ClientFilter& filter, const ClientScope& scope, const char* lead);

    store::Database& m_database;
};

} // namespace majakka
