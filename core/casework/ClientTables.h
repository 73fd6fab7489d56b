#pragma once

#include "casework/ClientParts.h"
#include "domain/CaseRules.h"
#include "domain/ClientRecord.h"
#include "domain/Date.h"
#include "domain/Deadlines.h"
#include "store/Id.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace majakka::store {
class Database;
}

namespace majakka {

// A deadline of one stored client.
struct DueDeadline
{
    store::Id clientId;
    domain::Deadline deadline;
};

// The per-kind tables of the client record (clients, referrals, measures, ...,
// schema version 5) and the deadlines table: derived from the current record,
// brought up to date on every change of the client, where a row's values
// differ only (ClientRows). Opens no transaction: the
// caller's unit of work holds one, so the tables change with the record or not at all.
class ClientTables
{
public:
    explicit ClientTables(store::Database& database)
        : m_database(database)
    { }

    // Makes the client's rows in every table what `record` gives, with every
    // deadline of the case whatever its distance: rows that hold their values
    // already are left alone, so the tables end as a first write would leave them.
    void
    replace(const store::Id& id, const domain::ClientRecord& record, const domain::CaseRules& rules = {});
    // The same for the tables of `parts` only (and the deadlines): after a
    // change that touched those parts alone.
    void replace(const store::Id& id,
                 const domain::ClientRecord& record,
                 ClientParts parts,
                 const domain::CaseRules& rules = {});

    // Deletes every row of the client.
    void remove(const store::Id& id);

    // Every deadline due on or before `until` (overdue ones included) of the
    // clients of `worker` (a user name) and of `office` (e.g. "oulu"), either
    // unset for all: soonest first, then by client number, then in the order of
    // domain::DeadlineKind, as domain::deadlinesOf lists one client's.
    std::vector<DueDeadline> deadlinesUntil(domain::Date until,
                                            const std::optional<std::string>& worker,
                                            const std::optional<std::string>& office);

    // Every table that holds rows of clients (the per-kind tables and deadlines).
    static const std::array<const char*, 16>& tableNames();

    // An ORDER BY term for the deadlines table aliased `d`: one day's deadlines
    // of a client in the order domain::deadlinesOf gives them, by kind.
    static std::string deadlineKindRank();

private:
    store::Database& m_database;
};

} // namespace majakka
