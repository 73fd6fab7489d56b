#include "casework/DeadlineList.h"

#include "casework/ClientIndex.h"
#include "casework/ClientTables.h"
#include "domain/Deadlines.h"
#include "store/Database.h"
#include "store/Statement.h"

namespace majakka {

namespace {

// The kinds that are events (domain::isEvent), as an SQL list of names.
std::string eventKinds()
{
    std::string list;
    for (const auto& entry : domain::enumEntries<domain::DeadlineKind>()) {
        if (domain::isEvent(entry.value)) {
            list += (list.empty() ? "'" : ", '") + std::string(entry.name) + "'";
        }
    }
    return list;
}

void bindOptional(store::Statement& query, int index, const std::optional<std::string>& text)
{
    if (text) {
        query.bind(index, *text);
    } else {
        query.bindNull(index);
    }
}

} // namespace

std::vector<ClientDeadline> shownDeadlines(store::Database& database,
                                           domain::Date today,
                                           domain::Date until,
                                           const std::optional<std::string>& worker,
                                           const std::optional<std::string>& office,
                                           const domain::CaseRules& rules)
{
    // isShownOn: a task always; an event while it is at most
    // overdueEventDays past, that is, due on or after today minus those days.
    // Walks deadlines_by_due up to `until`; each client is one lookup of its
    // summary. The client id after the number keeps two clients that share a
    // number (merged databases) apart.
    static const std::string sql = std::string("SELECT ") + ClientIndex::summaryColumns()
        + ", d.kind, d.due FROM deadlines d JOIN client_summaries s ON s.record_id = d.client_id "
          "WHERE d.due <= ?1 AND (d.kind NOT IN ("
        + eventKinds()
        + ") OR d.due >= ?2) AND (?3 IS NULL OR s.worker = ?3) AND (?4 IS NULL OR s.office = ?4) "
          "ORDER BY d.due, s.number, d.client_id, "
        + ClientTables::deadlineKindRank();
    store::Statement query = database.cached(sql);
    query.bind(1, until.toString()).bind(2, today.addDays(-rules.overdueEventDays).toString());
    bindOptional(query, 3, worker);
    bindOptional(query, 4, office);
    std::vector<ClientDeadline> out;
    while (query.step()) {
        out.push_back({ClientIndex::summaryFrom(query),
                       {domain::parseEnum<domain::DeadlineKind>(query.columnText(9), "deadlines.kind"),
                        domain::Date::parse(query.columnText(10), "deadlines.due")}});
    }
    return out;
}

} // namespace majakka
