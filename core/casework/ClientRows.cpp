#include "casework/ClientRows.h"

#include "store/Database.h"

namespace majakka {

namespace {

crypto::ByteView keyOf(const store::Id& id)
{
    return crypto::ByteView(id.bytes.data(), id.bytes.size());
}

} // namespace

ClientTable::ClientTable(std::string_view name, Shape shape, std::initializer_list<std::string_view> columns)
    : m_shape(shape)
{
    const std::string table(name);
    const bool list = shape == Shape::List;
    std::string names = list ? "client_id, position" : "client_id";
    std::string values = list ? "?1, ?2" : "?1";
    std::string assignments;
    std::string same;
    int index = list ? 3 : 2;
    for (const std::string_view column : columns) {
        const std::string parameter = "?" + std::to_string(index++);
        names += ", " + std::string(column);
        values += ", " + parameter;
        assignments += (assignments.empty() ? "" : ", ") + std::string(column) + " = " + parameter;
        same += (same.empty() ? "" : " AND ") + std::string(column) + " IS " + parameter;
    }
    const std::string key = list ? "client_id = ?1 AND position = ?2" : "client_id = ?1";
    m_count = "SELECT count(*) FROM " + table + " WHERE client_id = ?1";
    // OR FAIL, not the default ABORT: no statement journal (see OperationLog::insert).
    m_insert = "INSERT OR FAIL INTO " + table + " (" + names + ") VALUES (" + values + ")";
    // IS compares with the column's affinity and takes NULL for equal to NULL.
    m_update
        = "UPDATE OR FAIL " + table + " SET " + assignments + " WHERE " + key + " AND NOT (" + same + ")";
    m_trim = "DELETE FROM " + table + " WHERE client_id = ?1" + (list ? " AND position >= ?2" : "");
}

ClientRows::ClientRows(store::Database& database, const ClientTable& table, const store::Id& client)
    : m_database(database)
    , m_table(table)
    , m_client(client)
{
    store::Statement count = m_database.cached(m_table.m_count);
    count.bind(1, keyOf(m_client));
    count.step();
    m_held = static_cast<std::size_t>(count.columnInt(0));
}

store::Statement ClientRows::row(std::size_t position)
{
    // Every writer keeps a list's positions 0 .. n - 1, so a position below
    // the count of rows held is a row held.
    store::Statement statement = m_database.cached(position < m_held ? m_table.m_update : m_table.m_insert);
    statement.bind(1, keyOf(m_client));
    if (m_table.m_shape == ClientTable::Shape::List) {
        statement.bind(2, static_cast<std::int64_t>(position));
    }
    return statement;
}

void ClientRows::keep(std::size_t count)
{
    if (count >= m_held) {
        return;
    }
    store::Statement trim = m_database.cached(m_table.m_trim);
    trim.bind(1, keyOf(m_client));
    if (m_table.m_shape == ClientTable::Shape::List) {
        trim.bind(2, static_cast<std::int64_t>(count));
    }
    trim.run();
    m_held = count;
}

const ClientTable ClientsTable("clients",
                               ClientTable::Shape::Single,
                               {"number",
                                "kind",
                                "given_names",
                                "family_name",
                                "birth_date",
                                "gender",
                                "personal_id",
                                "citizenships",
                                "languages",
                                "interpreter_needed",
                                "municipality",
                                "wellbeing_county",
                                "residence_status",
                                "housing",
                                "office",
                                "worker",
                                "parent"});
const ClientTable
    ReferralsTable("referrals",
                   ClientTable::Shape::Single,
                   {"date", "channel", "source", "emergency", "referrer_organisation", "referrer_contact"});
const ClientTable AdmissionDecisionsTable("admission_decisions",
                                          ClientTable::Shape::Single,
                                          {"date",
                                           "decision",
                                           "grounds",
                                           "decider",
                                           "appeal_date",
                                           "appeal_court",
                                           "appeal_outcome",
                                           "appeal_decided"});
const ClientTable ExploitationsTable("exploitations",
                                     ClientTable::Shape::Single,
                                     {"forms",
                                      "industry",
                                      "in_finland",
                                      "country",
                                      "period_start",
                                      "period_end",
                                      "means_of_control",
                                      "relation"});
const ClientTable NeedsAssessmentsTable("needs_assessments",
                                        ClientTable::Shape::Single,
                                        {"date", "needs", "plan", "consent_date", "reassessment_date"});
const ClientTable
    EndsOfAssistanceTable("ends_of_assistance", ClientTable::Shape::Single, {"date", "reason", "note"});
const ClientTable
    SupportMeasuresTable("support_measures",
                         ClientTable::Shape::List,
                         {"type", "provider", "status", "start_date", "end_date", "urgent", "note"});
const ClientTable ReflectionPeriodsTable("reflection_periods",
                                         ClientTable::Shape::List,
                                         {"start_date", "end_date", "granted_by", "permit_applied"});
const ClientTable ResidenceMattersTable("residence_matters",
                                        ClientTable::Shape::List,
                                        {"kind", "date", "outcome", "decision_expected", "decided", "note"});
const ClientTable
    LegalStepsTable("legal_steps", ClientTable::Shape::List, {"kind", "date", "note", "court_date"});
const ClientTable ContactsTable("contacts",
                                ClientTable::Shape::List,
                                {"kind", "date", "municipality", "worker", "interpreter", "note"});
const ClientTable ConsentsTable("consents", ClientTable::Shape::List, {"date", "scope", "status"});
const ClientTable
    DisclosuresTable("disclosures", ClientTable::Shape::List, {"date", "to_whom", "what", "basis"});
const ClientTable SeriousThreatsTable("serious_threats",
                                      ClientTable::Shape::List,
                                      {"date", "description", "police_notified"});
const ClientTable
    ReopeningsTable("reopenings", ClientTable::Shape::List, {"date", "grounds", "ended_on", "end_reason"});

} // namespace majakka
