#include "casework/ClientTables.h"

#include "Error.h"
#include "casework/ClientRows.h"
#include "domain/EnumNames.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <array>

namespace majakka {

namespace {

using store::Statement;

// Far enough ahead for every deadline a record can have: Date ends at 9999.
const domain::Date FarFuture = *domain::Date::fromYmd(9999, 12, 31);

crypto::ByteView keyOf(const store::Id& id)
{
    return crypto::ByteView(id.bytes.data(), id.bytes.size());
}

std::string joined(const std::vector<std::string>& words)
{
    std::string out;
    for (const auto& word : words) {
        out += (out.empty() ? "" : " ") + word;
    }
    return out;
}

template<domain::NamedEnum E> std::string namesOf(const std::vector<E>& values)
{
    std::string out;
    for (E value : values) {
        out += (out.empty() ? "" : " ") + std::string(domain::nameOf(value));
    }
    return out;
}

void bindDate(Statement& statement, int index, const std::optional<domain::Date>& date)
{
    if (date) {
        statement.bind(index, date->toString());
    } else {
        statement.bindNull(index);
    }
}

void bindText(Statement& statement, int index, const std::optional<std::string>& text)
{
    if (text) {
        statement.bind(index, *text);
    } else {
        statement.bindNull(index);
    }
}

template<domain::NamedEnum E> void bindName(Statement& statement, int index, const std::optional<E>& value)
{
    if (value) {
        statement.bind(index, domain::nameOf(*value));
    } else {
        statement.bindNull(index);
    }
}

int flag(bool value)
{
    return value ? 1 : 0;
}

// One row per element of a list, written where it differs: `write` binds the
// columns after client_id (1) and position (2).
template<typename T, typename Write>
void writeList(store::Database& database,
               const ClientTable& table,
               const store::Id& id,
               const std::vector<T>& list,
               Write write)
{
    ClientRows rows(database, table, id);
    for (std::size_t position = 0; position < list.size(); ++position) {
        Statement row = rows.row(position);
        write(row, list[position]);
        row.run();
    }
    rows.keep(list.size());
}

void writeClient(store::Database& database, const store::Id& id, const domain::ClientRecord& record)
{
    const domain::Person& person = record.person;
    Statement insert = ClientRows(database, ClientsTable, id).row();
    insert.bind(2, record.number ? record.number->toString() : std::string())
        .bind(3, domain::nameOf(person.kind))
        .bind(4, person.givenNames)
        .bind(5, person.familyName);
    bindText(insert, 6, person.birthDate.toString());
    insert.bind(7, domain::nameOf(person.gender));
    bindText(
        insert, 8, person.personalId ? std::optional<std::string>(person.personalId->text()) : std::nullopt);
    insert.bind(9, joined(person.citizenships))
        .bind(10, joined(person.languages))
        .bind(11, flag(person.interpreterNeeded))
        .bind(12, person.municipality)
        .bind(13, person.wellbeingCounty)
        .bind(14, domain::nameOf(person.residenceStatus));
    bindName(insert, 15, person.housing);
    insert.bind(16, domain::nameOf(person.office)).bind(17, person.worker).bind(18, person.parent).run();
}

void writeReferral(store::Database& database, const store::Id& id, const domain::Referral& referral)
{
    Statement insert = ClientRows(database, ReferralsTable, id).row();
    insert.bind(2, referral.date.toString())
        .bind(3, domain::nameOf(referral.channel))
        .bind(4, domain::nameOf(referral.source))
        .bind(5, flag(referral.emergency))
        .bind(6, referral.referrerOrganisation)
        .bind(7, referral.referrerContact)
        .run();
}

void writeAdmission(store::Database& database,
                    const store::Id& id,
                    const domain::AdmissionDecision& admission)
{
    Statement insert = ClientRows(database, AdmissionDecisionsTable, id).row();
    insert.bind(2, admission.date.toString())
        .bind(3, domain::nameOf(admission.decision))
        .bind(4, admission.grounds)
        .bind(5, admission.decider);
    // Without an appeal every appeal column is NULL; with one, its court is
    // text even when empty, so "appealed" is `appeal_outcome IS NOT NULL`.
    const auto& appeal = admission.appeal;
    bindDate(insert, 6, appeal ? appeal->date : std::nullopt);
    bindText(insert, 7, appeal ? std::optional<std::string>(appeal->court) : std::nullopt);
    bindName(insert, 8, appeal ? std::optional(appeal->outcome) : std::nullopt);
    bindDate(insert, 9, appeal ? appeal->decided : std::nullopt);
    insert.run();
}

void writeExploitation(store::Database& database,
                       const store::Id& id,
                       const domain::Exploitation& exploitation)
{
    Statement insert = ClientRows(database, ExploitationsTable, id).row();
    insert.bind(2, namesOf(exploitation.forms));
    bindName(insert, 3, exploitation.industry);
    insert.bind(4, flag(exploitation.inFinland)).bind(5, exploitation.country);
    bindDate(insert, 6, exploitation.periodStart);
    bindDate(insert, 7, exploitation.periodEnd);
    insert.bind(8, namesOf(exploitation.meansOfControl));
    bindName(insert, 9, exploitation.relation);
    insert.run();
}

void writeNeedsAssessment(store::Database& database,
                          const store::Id& id,
                          const domain::NeedsAssessment& assessment)
{
    Statement insert = ClientRows(database, NeedsAssessmentsTable, id).row();
    insert.bind(2, assessment.date.toString()).bind(3, namesOf(assessment.needs)).bind(4, assessment.plan);
    bindDate(insert, 5, assessment.consentDate);
    bindDate(insert, 6, assessment.reassessmentDate);
    insert.run();
}

void writeEnd(store::Database& database, const store::Id& id, const domain::EndOfAssistance& end)
{
    Statement insert = ClientRows(database, EndsOfAssistanceTable, id).row();
    insert.bind(2, end.date.toString()).bind(3, domain::nameOf(end.reason)).bind(4, end.note).run();
}

void writeLists(store::Database& database,
                const store::Id& id,
                const domain::ClientRecord& record,
                ClientParts parts)
{
    if (parts.has(ClientPart::Measures)) {
        writeList(database,
                  SupportMeasuresTable,
                  id,
                  record.measures,
                  [](Statement& insert, const domain::SupportMeasure& measure) {
                      insert.bind(3, domain::nameOf(measure.type))
                          .bind(4, domain::nameOf(measure.provider))
                          .bind(5, domain::nameOf(measure.status))
                          .bind(6, measure.start.toString());
                      bindDate(insert, 7, measure.end);
                      insert.bind(8, flag(measure.urgent)).bind(9, measure.note);
                  });
    }
    if (parts.has(ClientPart::ReflectionPeriods)) {
        writeList(database,
                  ReflectionPeriodsTable,
                  id,
                  record.reflectionPeriods,
                  [](Statement& insert, const domain::ReflectionPeriod& period) {
                      insert.bind(3, period.start.toString());
                      bindDate(insert, 4, period.end);
                      insert.bind(5, domain::nameOf(period.grantedBy));
                      bindDate(insert, 6, period.permitApplied);
                  });
    }
    if (parts.has(ClientPart::ResidenceMatters)) {
        writeList(database,
                  ResidenceMattersTable,
                  id,
                  record.residenceMatters,
                  [](Statement& insert, const domain::ResidenceMatter& matter) {
                      insert.bind(3, domain::nameOf(matter.kind))
                          .bind(4, matter.date.toString())
                          .bind(5, domain::nameOf(matter.outcome));
                      bindDate(insert, 6, matter.decisionExpected);
                      bindDate(insert, 7, matter.decided);
                      insert.bind(8, matter.note);
                  });
    }
    if (parts.has(ClientPart::LegalSteps)) {
        writeList(
            database,
            LegalStepsTable,
            id,
            record.legalSteps,
            [](Statement& insert, const domain::LegalStep& step) {
                insert.bind(3, domain::nameOf(step.kind)).bind(4, step.date.toString()).bind(5, step.note);
                bindDate(insert, 6, step.courtDate);
            });
    }
    if (parts.has(ClientPart::Contacts)) {
        writeList(database,
                  ContactsTable,
                  id,
                  record.contacts,
                  [](Statement& insert, const domain::Contact& contact) {
                      insert.bind(3, domain::nameOf(contact.kind))
                          .bind(4, contact.date.toString())
                          .bind(5, contact.municipality)
                          .bind(6, contact.worker)
                          .bind(7, flag(contact.interpreter))
                          .bind(8, contact.note);
                  });
    }
    if (parts.has(ClientPart::Consents)) {
        writeList(database,
                  ConsentsTable,
                  id,
                  record.consents,
                  [](Statement& insert, const domain::Consent& consent) {
                      insert.bind(3, consent.date.toString())
                          .bind(4, consent.scope)
                          .bind(5, domain::nameOf(consent.status));
                  });
    }
    if (parts.has(ClientPart::Disclosures)) {
        writeList(database,
                  DisclosuresTable,
                  id,
                  record.disclosures,
                  [](Statement& insert, const domain::Disclosure& disclosure) {
                      insert.bind(3, disclosure.date.toString())
                          .bind(4, disclosure.toWhom)
                          .bind(5, disclosure.what)
                          .bind(6, domain::nameOf(disclosure.basis));
                  });
    }
    if (parts.has(ClientPart::SeriousThreats)) {
        writeList(database,
                  SeriousThreatsTable,
                  id,
                  record.seriousThreats,
                  [](Statement& insert, const domain::SeriousThreat& threat) {
                      insert.bind(3, threat.date.toString()).bind(4, threat.description);
                      bindDate(insert, 5, threat.policeNotified);
                  });
    }
    if (parts.has(ClientPart::Reopenings)) {
        writeList(database,
                  ReopeningsTable,
                  id,
                  record.reopenings,
                  [](Statement& insert, const domain::Reopening& reopening) {
                      insert.bind(3, reopening.date.toString())
                          .bind(4, reopening.grounds)
                          .bind(5, reopening.endedOn.toString())
                          .bind(6, domain::nameOf(reopening.endReason));
                  });
    }
}

void writeDeadlines(store::Database& database,
                    const store::Id& id,
                    const domain::ClientRecord& record,
                    const domain::CaseRules& rules)
{
    const auto deadlines = domain::deadlinesOf(record, FarFuture, rules);
    // Most changes move no deadline: then the rows (and their two index
    // entries each) stay as they are. Rows are inserted in list order.
    {
        Statement held
            = database.cached("SELECT kind, due FROM deadlines WHERE client_id = ?1 ORDER BY rowid");
        held.bind(1, keyOf(id));
        bool same = true;
        std::size_t count = 0;
        while (same && held.step()) {
            same = count < deadlines.size() && held.columnTextView(0) == domain::nameOf(deadlines[count].kind)
                && held.columnTextView(1) == deadlines[count].due.toString();
            ++count;
        }
        if (same && count == deadlines.size()) {
            return;
        }
    }
    Statement erase = database.cached("DELETE FROM deadlines WHERE client_id = ?1");
    erase.bind(1, keyOf(id)).run();
    if (deadlines.empty()) {
        return;
    }
    Statement insert
        = database.cached("INSERT OR FAIL INTO deadlines (client_id, kind, due) VALUES (?1, ?2, ?3)");
    for (const domain::Deadline& deadline : deadlines) {
        insert.bind(1, keyOf(id)).bind(2, domain::nameOf(deadline.kind)).bind(3, deadline.due.toString());
        insert.run();
        insert.reset();
    }
}

} // namespace

std::string ClientTables::deadlineKindRank()
{
    std::string sql = "CASE d.kind";
    for (const auto& entry : domain::enumEntries<domain::DeadlineKind>()) {
        sql += " WHEN '" + std::string(entry.name) + "' THEN "
            + std::to_string(static_cast<int>(entry.value));
    }
    return sql + " END";
}

const std::array<const char*, 16>& ClientTables::tableNames()
{
    // In the order remove deletes them.
    static constexpr std::array<const char*, 16> Tables {
        "clients",
        "referrals",
        "admission_decisions",
        "exploitations",
        "needs_assessments",
        "support_measures",
        "reflection_periods",
        "residence_matters",
        "legal_steps",
        "contacts",
        "consents",
        "disclosures",
        "serious_threats",
        "ends_of_assistance",
        "reopenings",
        "deadlines",
    };
    return Tables;
}

void ClientTables::replace(const store::Id& id,
                           const domain::ClientRecord& record,
                           const domain::CaseRules& rules)
{
    replace(id, record, ClientParts::all(), rules);
}

void ClientTables::replace(const store::Id& id,
                           const domain::ClientRecord& record,
                           ClientParts parts,
                           const domain::CaseRules& rules)
{
    // Each table of `parts` is brought to the record's values row by row
    // (ClientRows); the deadlines are worked out from the whole record, so
    // they are always compared.
    if (parts.has(ClientPart::Person)) {
        writeClient(m_database, id, record);
    }
    const auto single = [&](ClientPart part, const ClientTable& table, bool present, const auto& write) {
        if (!parts.has(part)) {
            return;
        }
        if (present) {
            write();
        } else {
            ClientRows(m_database, table, id).keep(0);
        }
    };
    single(ClientPart::Referral, ReferralsTable, record.referral.has_value(), [&] {
        writeReferral(m_database, id, *record.referral);
    });
    single(ClientPart::Admission, AdmissionDecisionsTable, record.admission.has_value(), [&] {
        writeAdmission(m_database, id, *record.admission);
    });
    single(ClientPart::Exploitation, ExploitationsTable, record.exploitation.has_value(), [&] {
        writeExploitation(m_database, id, *record.exploitation);
    });
    single(ClientPart::NeedsAssessment, NeedsAssessmentsTable, record.needsAssessment.has_value(), [&] {
        writeNeedsAssessment(m_database, id, *record.needsAssessment);
    });
    writeLists(m_database, id, record, parts);
    single(ClientPart::End, EndsOfAssistanceTable, record.end.has_value(), [&] {
        writeEnd(m_database, id, *record.end);
    });
    writeDeadlines(m_database, id, record, rules);
}

void ClientTables::remove(const store::Id& id)
{
    for (const char* table : tableNames()) {
        Statement erase = m_database.cached(std::string("DELETE FROM ") + table + " WHERE client_id = ?1");
        erase.bind(1, keyOf(id)).run();
    }
}

std::vector<DueDeadline> ClientTables::deadlinesUntil(domain::Date until,
                                                      const std::optional<std::string>& worker,
                                                      const std::optional<std::string>& office)
{
    // Walks deadlines_by_due up to `until`; each client is one primary-key lookup.
    // The client id after the number keeps two clients that share a number
    // (merged databases) apart.
    static const std::string sql
        = "SELECT d.client_id, d.kind, d.due FROM deadlines d JOIN clients c ON c.client_id = d.client_id "
          "WHERE d.due <= ?1 AND (?2 IS NULL OR c.worker = ?2) AND (?3 IS NULL OR c.office = ?3) "
          "ORDER BY d.due, c.number, d.client_id, "
        + deadlineKindRank();
    Statement query = m_database.cached(sql);
    query.bind(1, until.toString());
    bindText(query, 2, worker);
    bindText(query, 3, office);
    std::vector<DueDeadline> out;
    while (query.step()) {
        const crypto::Bytes id = query.columnBlob(0);
        out.push_back({store::Id::fromBytes(id.data(), id.size()),
                       {domain::parseEnum<domain::DeadlineKind>(query.columnText(1), "deadlines.kind"),
                        domain::Date::parse(query.columnText(2), "deadlines.due")}});
    }
    return out;
}

} // namespace majakka
