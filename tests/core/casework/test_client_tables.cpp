#include "TestSupport.h"
#include "casework/ClientIndex.h"
#include "casework/ClientService.h"
#include "casework/ClientTables.h"
#include "casework/DemoGenerator.h"
#include "crypto/Random.h"
#include "domain/ClientJson.h"
#include "domain/Deadlines.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <tuple>

using namespace majakka;
using domain::Date;
using domain::DeadlineKind;

namespace {
const Date Today = *Date::fromYmd(2026, 11, 23);
const Date FarFuture = *Date::fromYmd(9999, 12, 31);

const auto& AllTables = ClientTables::tableNames();

struct TablesFixture
{
    test::TemporaryFolder folder;
    store::Database db = store::Database::open(
        folder / "tables.db", crypto::randomSecret(32), store::Database::Mode::Create);
    ClientTables tables {db};

    TablesFixture() { store::migrate(db); }

    // Each in its own unit of work, as the client write path calls them.
    void replace(const store::Id& id, const domain::ClientRecord& record, const domain::CaseRules& rules = {})
    {
        store::Transaction transaction(db);
        tables.replace(id, record, rules);
        transaction.commit();
    }
    void remove(const store::Id& id)
    {
        store::Transaction transaction(db);
        tables.remove(id);
        transaction.commit();
    }
};

crypto::ByteView keyOf(const store::Id& id)
{
    return crypto::ByteView(id.bytes.data(), id.bytes.size());
}

using Row = std::vector<std::string>;

// The columns of the client's rows as text ("NULL" for SQL NULL), in `order`.
std::vector<Row> rows(store::Database& db,
                      const std::string& table,
                      const std::vector<std::string>& columns,
                      const store::Id& id,
                      const std::string& order = "rowid")
{
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < columns.size(); ++i) {
        sql += (i == 0 ? "" : ", ") + columns[i];
    }
    sql += " FROM " + table + " WHERE client_id = ?1 ORDER BY " + order;
    store::Statement query = db.prepare(sql);
    query.bind(1, keyOf(id));
    std::vector<Row> out;
    while (query.step()) {
        Row row;
        for (int column = 0; column < static_cast<int>(columns.size()); ++column) {
            row.push_back(query.columnIsNull(column) ? "NULL" : query.columnText(column));
        }
        out.push_back(row);
    }
    return out;
}

std::int64_t countOf(store::Database& db, const std::string& table, const store::Id& id)
{
    store::Statement query = db.prepare("SELECT count(*) FROM " + table + " WHERE client_id = ?1");
    query.bind(1, keyOf(id));
    query.step();
    return query.columnInt(0);
}

domain::ClientNumber number(domain::Office office, unsigned sequence)
{
    return domain::ClientNumber {office, 2026, sequence};
}

// The example client with a number, an identity code, an appeal, a serious
// threat and an earlier end: a row in every table but ends_of_assistance.
domain::ClientRecord fullClient()
{
    domain::ClientRecord record = domain::exampleClient(Today);
    record.number = number(domain::Office::Helsinki, 42);
    const std::string check(1, domain::PersonalIdentityCode::checkCharacter("150695", "123"));
    record.person.personalId = domain::PersonalIdentityCode::parse("150695-123" + check);
    record.admission->appeal = domain::Appeal {
        Today.addDays(-40), "Helsinki Administrative Court", domain::AppealOutcome::Pending, std::nullopt};
    record.seriousThreats
        = {domain::SeriousThreat {Today.addDays(-20), "Threatened by the employer", Today.addDays(-19), ""}};
    record.reopenings = {domain::Reopening {
        Today.addDays(-30), "Needs help again", Today.addDays(-45), domain::EndReason::Unreachable, ""}};
    return record;
}

std::vector<std::pair<std::string, std::string>> kindsAndDues(const std::vector<domain::Deadline>& deadlines)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& deadline : deadlines) {
        out.emplace_back(std::string(domain::nameOf(deadline.kind)), deadline.due.toString());
    }
    return out;
}

// In a few hundred demo clients expected permit decisions and court dates are
// rare and every admission is decided; some of each are added (or undone) so
// that every kind of deadline is compared.
void addPlannedDates(std::vector<domain::ClientRecord>& records)
{
    for (std::size_t i = 0; i < records.size(); ++i) {
        domain::ClientRecord& record = records[i];
        if (record.referral && i % 3 == 0) {
            record.residenceMatters.push_back(
                domain::ResidenceMatter {domain::ResidenceMatterKind::ResidencePermit,
                                         record.referral->date.addDays(20),
                                         domain::ResidenceOutcome::Pending,
                                         record.referral->date.addMonths(4),
                                         std::nullopt,
                                         "",
                                         ""});
        }
        if (!record.legalSteps.empty() && i % 4 == 1) {
            record.legalSteps.back().courtDate = record.legalSteps.back().date.addMonths(5);
        }
        if (record.referral && i % 10 == 5) {
            record.admission.reset();
        }
        if (record.referral && !record.admission) {
            record.measures.push_back(domain::SupportMeasure {domain::SupportMeasureType::SafeHousing,
                                                              domain::MeasureProvider::AssistanceSystem,
                                                              domain::MeasureStatus::Active,
                                                              record.referral->date,
                                                              std::nullopt,
                                                              true,
                                                              "",
                                                              ""});
        }
    }
}

// (client, kind, due) of each deadline, to compare lists in one CHECK.
using Due = std::tuple<std::string, std::string, std::string>;
std::vector<Due> described(const std::vector<DueDeadline>& deadlines)
{
    std::vector<Due> out;
    for (const auto& entry : deadlines) {
        out.emplace_back(entry.clientId.hex(),
                         std::string(domain::nameOf(entry.deadline.kind)),
                         entry.deadline.due.toString());
    }
    return out;
}
} // namespace

TEST_CASE("client tables: a full record is written into the table of each kind, with its values",
          "[casework][tables]")
{
    TablesFixture fx;
    const store::Id id = store::Id::random();
    const domain::ClientRecord record = fullClient();
    fx.replace(id, record);

    const std::string admitted = Today.addDays(-55).toString();
    CHECK(rows(fx.db,
               "clients",
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
                "parent"},
               id)
          == std::vector<Row> {{"HKI-2026-0042",
                                "victim",
                                "Maria Elena",
                                "Santos",
                                "1995",
                                "female",
                                record.person.personalId->text(),
                                "PH",
                                "tl en",
                                "1",
                                "Helsinki",
                                "Helsinki",
                                "no_permit",
                                "sheltered",
                                "helsinki",
                                "kaisa",
                                ""}});
    CHECK(rows(fx.db, "referrals", {"date", "channel", "source", "emergency", "referrer_organisation"}, id)
          == std::vector<Row> {
              {Today.addDays(-60).toString(), "phone", "police", "0", "Helsinki Police Department"}});
    CHECK(rows(fx.db,
               "admission_decisions",
               {"date",
                "decision",
                "decider",
                "appeal_date",
                "appeal_court",
                "appeal_outcome",
                "appeal_decided"},
               id)
          == std::vector<Row> {{admitted,
                                "admitted",
                                "office_worker_1",
                                Today.addDays(-40).toString(),
                                "Helsinki Administrative Court",
                                "pending",
                                "NULL"}});
    CHECK(rows(fx.db,
               "exploitations",
               {"forms", "industry", "in_finland", "country", "period_start", "means_of_control", "relation"},
               id)
          == std::vector<Row> {{"forced_labour",
                                "restaurants",
                                "1",
                                "",
                                Today.addMonths(-30).toString(),
                                "debt_bondage withholds_documents",
                                "employer"}});
    CHECK(rows(fx.db, "needs_assessments", {"date", "needs", "consent_date", "reassessment_date"}, id)
          == std::vector<Row> {{Today.addDays(-52).toString(),
                                "housing legal residence",
                                Today.addDays(-52).toString(),
                                Today.addDays(-55).addMonths(6).toString()}});
    CHECK(
        rows(fx.db,
             "support_measures",
             {"position", "type", "provider", "status", "start_date", "end_date", "urgent", "note"},
             id,
             "position")
        == std::vector<Row> {
            {"0",
             "safe_housing",
             "purchased_private",
             "active",
             Today.addDays(-52).toString(),
             "NULL",
             "0",
             ""},
            {"1", "legal_aid", "assistance_system", "active", Today.addDays(-45).toString(), "NULL", "0", ""},
            {"2",
             "assisted_voluntary_return",
             "assistance_system",
             "declined",
             Today.addDays(-45).toString(),
             "NULL",
             "0",
             "The client wants to stay."}});
    CHECK(rows(fx.db,
               "reflection_periods",
               {"position", "start_date", "end_date", "granted_by", "permit_applied"},
               id)
          == std::vector<Row> {{"0",
                                admitted,
                                Today.addDays(-55).addMonths(6).toString(),
                                "assistance_system",
                                Today.addDays(-35).toString()}});
    CHECK(rows(fx.db, "residence_matters", {"kind", "outcome", "decision_expected", "decided"}, id)
          == std::vector<Row> {{"residence_permit", "pending", Today.addMonths(3).toString(), "NULL"}});
    CHECK(rows(fx.db, "legal_steps", {"position", "kind", "court_date"}, id, "position")
          == std::vector<Row> {{"0", "report_to_police", "NULL"},
                               {"1", "legal_aid_counsel", "NULL"},
                               {"2", "pre_trial_investigation", Today.addMonths(4).toString()}});
    CHECK(rows(fx.db, "contacts", {"kind", "municipality", "worker", "interpreter"}, id)
          == std::vector<Row> {{"visit", "Helsinki", "kaisa", "1"}});
    CHECK(rows(fx.db, "consents", {"date", "status"}, id)
          == std::vector<Row> {{Today.addDays(-60).toString(), "given"}});
    CHECK(rows(fx.db, "disclosures", {"to_whom", "basis"}, id)
          == std::vector<Row> {{"Legal aid counsel", "client_consent"}});
    CHECK(rows(fx.db, "serious_threats", {"date", "description", "police_notified"}, id)
          == std::vector<Row> {
              {Today.addDays(-20).toString(), "Threatened by the employer", Today.addDays(-19).toString()}});
    CHECK(rows(fx.db, "reopenings", {"date", "grounds", "ended_on", "end_reason"}, id)
          == std::vector<Row> {{Today.addDays(-30).toString(),
                                "Needs help again",
                                Today.addDays(-45).toString(),
                                "unreachable"}});
    CHECK(countOf(fx.db, "ends_of_assistance", id) == 0);

    // Every deadline, however far: the same as the domain computes.
    std::vector<std::pair<std::string, std::string>> stored;
    for (const auto& row : rows(fx.db, "deadlines", {"kind", "due"}, id, "due, rowid")) {
        stored.emplace_back(row[0], row[1]);
    }
    CHECK(stored == kindsAndDues(domain::deadlinesOf(record, FarFuture)));
    CHECK(stored.size() == 4);
}

TEST_CASE("client tables: absent values are NULL and an ended case has its end and no deadlines",
          "[casework][tables]")
{
    TablesFixture fx;
    const store::Id id = store::Id::random();
    domain::ClientRecord record = domain::exampleClient(Today);
    record.number.reset();
    record.person.birthDate = domain::PartialDate::unknown();
    record.person.housing.reset();
    record.exploitation->industry.reset();
    record.exploitation->relation.reset();
    record.end = domain::EndOfAssistance {Today, domain::EndReason::MovedAbroad, "Moved to Sweden."};
    fx.replace(id, record);

    CHECK(rows(fx.db, "clients", {"number", "birth_date", "personal_id", "housing"}, id)
          == std::vector<Row> {{"", "NULL", "NULL", "NULL"}});
    CHECK(rows(fx.db,
               "admission_decisions",
               {"appeal_date", "appeal_court", "appeal_outcome", "appeal_decided"},
               id)
          == std::vector<Row> {{"NULL", "NULL", "NULL", "NULL"}});
    CHECK(rows(fx.db, "exploitations", {"industry", "relation"}, id) == std::vector<Row> {{"NULL", "NULL"}});
    CHECK(rows(fx.db, "ends_of_assistance", {"date", "reason", "note"}, id)
          == std::vector<Row> {{Today.toString(), "moved_abroad", "Moved to Sweden."}});
    CHECK(countOf(fx.db, "deadlines", id) == 0);
}

TEST_CASE("client tables: replacing after an edit leaves no stale rows", "[casework][tables]")
{
    TablesFixture fx;
    const store::Id id = store::Id::random();
    const store::Id other = store::Id::random();
    domain::ClientRecord record = fullClient();
    fx.replace(id, record);
    fx.replace(other, fullClient());

    record.measures.erase(record.measures.begin()); // safe housing removed
    record.legalSteps.erase(record.legalSteps.begin() + 1);
    record.admission->appeal.reset();
    record.exploitation.reset();
    record.seriousThreats.clear();
    record.reopenings.clear();
    record.person.worker = "ville";
    record.needsAssessment->reassessmentDate = Today.addMonths(2);
    fx.replace(id, record);

    CHECK(rows(fx.db, "support_measures", {"position", "type"}, id, "position")
          == std::vector<Row> {{"0", "legal_aid"}, {"1", "assisted_voluntary_return"}});
    CHECK(rows(fx.db, "legal_steps", {"position", "kind"}, id, "position")
          == std::vector<Row> {{"0", "report_to_police"}, {"1", "pre_trial_investigation"}});
    CHECK(rows(fx.db, "admission_decisions", {"appeal_court", "appeal_outcome"}, id)
          == std::vector<Row> {{"NULL", "NULL"}});
    CHECK(countOf(fx.db, "exploitations", id) == 0);
    CHECK(countOf(fx.db, "serious_threats", id) == 0);
    CHECK(countOf(fx.db, "reopenings", id) == 0);
    CHECK(rows(fx.db, "clients", {"worker"}, id) == std::vector<Row> {{"ville"}});
    for (const std::string table : AllTables) {
        if (table != "exploitations" && table != "serious_threats" && table != "reopenings"
            && table != "ends_of_assistance") {
            INFO(table);
            CHECK(countOf(fx.db, table, id) > 0);
        }
    }
    std::vector<std::pair<std::string, std::string>> stored;
    for (const auto& row : rows(fx.db, "deadlines", {"kind", "due"}, id, "due, rowid")) {
        stored.emplace_back(row[0], row[1]);
    }
    CHECK(stored == kindsAndDues(domain::deadlinesOf(record, FarFuture)));
    CHECK(std::count(stored.begin(),
                     stored.end(),
                     std::pair<std::string, std::string>("reassessment_due", Today.addMonths(2).toString()))
          == 1);

    // The other client's rows are untouched.
    CHECK(countOf(fx.db, "support_measures", other) == 3);
    CHECK(countOf(fx.db, "exploitations", other) == 1);
    CHECK(countOf(fx.db, "deadlines", other) == 4);

    // Ending the case removes its deadlines.
    record.end = domain::EndOfAssistance {Today, domain::EndReason::NoLongerNeedsHelp, ""};
    fx.replace(id, record);
    CHECK(countOf(fx.db, "deadlines", id) == 0);
    CHECK(countOf(fx.db, "ends_of_assistance", id) == 1);
}

namespace {

// Every column but client_id of each of the client's rows in every table, in
// list order (rowid order where a table has no position), to compare two
// clients' rows.
std::vector<std::vector<Row>> allRows(store::Database& db, const store::Id& id)
{
    std::vector<std::vector<Row>> out;
    for (const std::string table : AllTables) {
        std::vector<std::string> columns;
        store::Statement info = db.prepare("PRAGMA table_info(" + table + ")");
        while (info.step()) {
            if (info.columnText(1) != "client_id") {
                columns.push_back(info.columnText(1));
            }
        }
        const bool listed = std::find(columns.begin(), columns.end(), "position") != columns.end();
        out.push_back(rows(db, table, columns, id, listed ? "position" : "rowid"));
    }
    return out;
}

} // namespace

TEST_CASE("client tables: after an edit every table holds what a first write of the edited record holds",
          "[casework][tables]")
{
    TablesFixture fx;
    const store::Id edited = store::Id::random();
    const store::Id fresh = store::Id::random();
    domain::ClientRecord record = fullClient();
    fx.replace(edited, record);

    // A value changed in place, an entry removed from the middle of a list,
    // one added, a single part gone, a list emptied and a part added.
    record.person.municipality = "Tampere";
    record.measures.front().note = "moved to another shelter";
    record.contacts.erase(record.contacts.begin());
    record.contacts.push_back(
        domain::Contact {domain::ContactKind::Call, Today, "Tampere", "kaisa", true, "follow-up call", ""});
    record.legalSteps.back().note = "the trial was postponed";
    record.exploitation.reset();
    record.seriousThreats.clear();
    record.end = domain::EndOfAssistance {Today, domain::EndReason::NoLongerNeedsHelp, "doing well"};
    fx.replace(edited, record);
    fx.replace(fresh, record);

    const auto editedRows = allRows(fx.db, edited);
    CHECK(editedRows == allRows(fx.db, fresh));
    CHECK(rows(fx.db, "contacts", {"note"}, edited, "position").back() == Row {"follow-up call"});
    CHECK(countOf(fx.db, "exploitations", edited) == 0);

    // And back: the list grows again and the removed parts return.
    fx.replace(edited, fullClient());
    fx.replace(fresh, fullClient());
    CHECK(allRows(fx.db, edited) == allRows(fx.db, fresh));
    CHECK(allRows(fx.db, edited) != editedRows);
}

TEST_CASE("client tables: a record written again with no value of theirs changed writes nothing",
          "[casework][tables]")
{
    TablesFixture fx;
    const store::Id id = store::Id::random();
    domain::ClientRecord record = fullClient();
    fx.replace(id, record);
    const std::string before = test::fileHash(fx.db.path());

    // The phone number and e-mail address are in no table.
    record.person.phone = "+358 40 765 4321";
    record.person.email = "moved@example.org";
    fx.replace(id, record);
    CHECK(test::fileHash(fx.db.path()) == before);

    // A changed note is: the file changes.
    record.contacts.front().note = "met at the office";
    fx.replace(id, record);
    CHECK(test::fileHash(fx.db.path()) != before);
    CHECK(rows(fx.db, "contacts", {"note"}, id, "position").front() == Row {"met at the office"});
}

TEST_CASE("client index: the summary and search entry are written only when what they hold changed",
          "[casework][tables]")
{
    TablesFixture fx;
    ClientIndex index(fx.db);
    const auto update = [&](const store::Id& id, const domain::ClientRecord& record) {
        store::Transaction transaction(fx.db);
        index.update(id, record);
        transaction.commit();
    };
    const auto found = [&](const std::string& typed) {
        ClientFilter filter;
        filter.search = typed;
        return index.find(filter, {}).size();
    };
    const store::Id id = store::Id::random();
    domain::ClientRecord record = fullClient();
    record.person.phone = "+358 40 123 4567";
    update(id, record);
    const std::string before = test::fileHash(fx.db.path());

    record.person.email = "moved@example.org"; // in neither
    update(id, record);
    CHECK(test::fileHash(fx.db.path()) == before);

    record.person.phone = "+358 50 765 4321"; // searched for
    update(id, record);
    CHECK(test::fileHash(fx.db.path()) != before);
    CHECK(found("0507654321") == 1);
    CHECK(found("0401234567") == 0);

    record.person.familyName = "Lahtinen"; // in the summary and searched for
    update(id, record);
    CHECK(index.summary(id).familyName == "Lahtinen");
    CHECK(found("Lahtinen") == 1);
}

TEST_CASE("client tables: removing a client clears every table and only its rows", "[casework][tables]")
{
    TablesFixture fx;
    const store::Id open = store::Id::random();
    const store::Id ended = store::Id::random();
    const store::Id kept = store::Id::random();
    domain::ClientRecord endedRecord = fullClient();
    endedRecord.end = domain::EndOfAssistance {Today, domain::EndReason::Returned, ""};
    fx.replace(open, fullClient());
    fx.replace(ended, endedRecord);
    fx.replace(kept, fullClient());
    for (const std::string table : AllTables) {
        INFO(table);
        REQUIRE(countOf(fx.db, table, open) + countOf(fx.db, table, ended) > 0);
    }

    fx.remove(open);
    fx.remove(ended);
    for (const std::string table : AllTables) {
        INFO(table);
        CHECK(countOf(fx.db, table, open) == 0);
        CHECK(countOf(fx.db, table, ended) == 0);
    }
    CHECK(countOf(fx.db, "clients", kept) == 1);
    CHECK(countOf(fx.db, "support_measures", kept) == 3);
    CHECK(countOf(fx.db, "deadlines", kept) == 4);
    CHECK(fx.tables.deadlinesUntil(FarFuture, std::nullopt, std::nullopt).size() == 4);
}

TEST_CASE("client tables: deadlines until a day by worker and office, soonest first, overdue included",
          "[casework][tables]")
{
    TablesFixture fx;
    const store::Id a = store::Id::random();
    const store::Id b = store::Id::random();
    const store::Id c = store::Id::random();
    const store::Id d = store::Id::random();

    domain::ClientRecord recordA = domain::exampleClient(Today);
    recordA.number = number(domain::Office::Helsinki, 2);
    domain::ClientRecord recordC = recordA; // the same dates, an earlier number
    recordC.number = number(domain::Office::Helsinki, 1);
    domain::ClientRecord recordB = domain::exampleClient(Today);
    recordB.number = number(domain::Office::Oulu, 1);
    recordB.person.office = domain::Office::Oulu;
    recordB.person.worker = "ville";
    recordB.residenceMatters[0].decisionExpected = Today.addDays(-10); // overdue
    domain::ClientRecord recordD = recordA;
    recordD.number = number(domain::Office::Helsinki, 3);
    recordD.end = domain::EndOfAssistance {Today, domain::EndReason::Returned, ""};
    fx.replace(a, recordA);
    fx.replace(b, recordB);
    fx.replace(c, recordC);
    fx.replace(d, recordD);

    const std::string permit = Today.addMonths(3).toString();
    const std::string court = Today.addMonths(4).toString();
    const std::string sixMonths = Today.addDays(-55).addMonths(6).toString();
    const std::string overdue = Today.addDays(-10).toString();
    // Ties: by client number (HKI-…-0001 is C), then in the order of DeadlineKind.
    const std::vector<Due> all = {
        {b.hex(), "permit_decision_expected", overdue},
        {c.hex(), "permit_decision_expected", permit},
        {a.hex(), "permit_decision_expected", permit},
        {c.hex(), "court_date", court},
        {a.hex(), "court_date", court},
        {b.hex(), "court_date", court},
        {c.hex(), "reflection_period_ends", sixMonths},
        {c.hex(), "reassessment_due", sixMonths},
        {a.hex(), "reflection_period_ends", sixMonths},
        {a.hex(), "reassessment_due", sixMonths},
        {b.hex(), "reflection_period_ends", sixMonths},
        {b.hex(), "reassessment_due", sixMonths},
    };
    CHECK(described(fx.tables.deadlinesUntil(FarFuture, std::nullopt, std::nullopt)) == all);

    SECTION("until a day: overdue ones and those due on the day itself")
    {
        CHECK(described(fx.tables.deadlinesUntil(Today, std::nullopt, std::nullopt))
              == std::vector<Due> {all[0]});
        CHECK(described(fx.tables.deadlinesUntil(Today.addMonths(3), std::nullopt, std::nullopt))
              == std::vector<Due> {all[0], all[1], all[2]});
        CHECK(described(fx.tables.deadlinesUntil(Today.addMonths(3).addDays(-1), std::nullopt, std::nullopt))
              == std::vector<Due> {all[0]});
        CHECK(fx.tables.deadlinesUntil(Today.addDays(-11), std::nullopt, std::nullopt).empty());
    }
    SECTION("by worker")
    {
        CHECK(described(fx.tables.deadlinesUntil(Today.addMonths(4), std::string("kaisa"), std::nullopt))
              == std::vector<Due> {all[1], all[2], all[3], all[4]});
        CHECK(described(fx.tables.deadlinesUntil(Today.addMonths(4), std::string("ville"), std::nullopt))
              == std::vector<Due> {all[0], all[5]});
        CHECK(fx.tables.deadlinesUntil(FarFuture, std::string("nobody"), std::nullopt).empty());
    }
    SECTION("by office, and by both")
    {
        CHECK(described(fx.tables.deadlinesUntil(FarFuture, std::nullopt, std::string("oulu")))
              == std::vector<Due> {all[0], all[5], all[10], all[11]});
        CHECK(described(fx.tables.deadlinesUntil(Today, std::string("ville"), std::string("oulu")))
              == std::vector<Due> {all[0]});
        CHECK(fx.tables.deadlinesUntil(FarFuture, std::string("kaisa"), std::string("oulu")).empty());
        CHECK(fx.tables.deadlinesUntil(FarFuture, std::nullopt, std::string("tampere")).empty());
    }
    SECTION("a removed client's deadlines are gone")
    {
        fx.remove(b);
        CHECK(described(fx.tables.deadlinesUntil(Today.addMonths(3), std::nullopt, std::nullopt))
              == std::vector<Due> {all[1], all[2]});
    }
}

TEST_CASE("client tables: the turns-adult deadline follows the case rules given", "[casework][tables]")
{
    TablesFixture fx;
    const store::Id id = store::Id::random();
    domain::ClientRecord record = domain::exampleClient(Today);
    record.person.kind = domain::ClientKind::Child;
    record.person.birthDate = domain::PartialDate::fullDate(*Date::fromYmd(2012, 3, 4));
    record.person.parent = store::Id::random().hex();
    domain::CaseRules rules;
    rules.adultAge = 20;
    fx.replace(id, record, rules);
    const auto due = fx.tables.deadlinesUntil(FarFuture, std::nullopt, std::nullopt);
    CHECK(std::count_if(due.begin(),
                        due.end(),
                        [](const DueDeadline& entry) {
                            return entry.deadline
                                == domain::Deadline {DeadlineKind::TurnsAdult, *Date::fromYmd(2032, 3, 4)};
                        })
          == 1);
}

TEST_CASE("client tables: deadlines agree with the domain's deadlinesOf for demo clients",
          "[casework][tables]")
{
    TablesFixture fx;
    auto records = DemoGenerator::generateClients(400, 17, Today, {"kaisa", "ville", "sanna"});
    addPlannedDates(records);
    std::vector<store::Id> ids;
    {
        store::Transaction transaction(fx.db);
        for (std::size_t i = 0; i < records.size(); ++i) {
            // Some numbers shared, as after two databases merged.
            records[i].number = number(records[i].person.office, static_cast<unsigned>(i % 350 + 1));
            ids.push_back(store::Id::random());
            fx.tables.replace(ids.back(), records[i]);
        }
        transaction.commit();
    }

    // What the domain says, in the order promised: by due, then client number;
    // one client's deadlines of a day in deadlinesOf's own order (stable sort).
    auto expected =
        [&](Date until, const std::optional<std::string>& worker, const std::optional<std::string>& office) {
            struct Entry
            {
                std::string number;
                store::Id id;
                domain::Deadline deadline;
            };
            std::vector<Entry> entries;
            for (std::size_t i = 0; i < records.size(); ++i) {
                const auto& person = records[i].person;
                if ((worker && person.worker != *worker)
                    || (office && domain::nameOf(person.office) != *office)) {
                    continue;
                }
                for (const auto& deadline : domain::deadlinesOf(records[i], until)) {
                    entries.push_back({records[i].number->toString(), ids[i], deadline});
                }
            }
            std::stable_sort(entries.begin(), entries.end(), [](const Entry& x, const Entry& y) {
                return std::tie(x.deadline.due, x.number, x.id) < std::tie(y.deadline.due, y.number, y.id);
            });
            std::vector<DueDeadline> out;
            for (const auto& entry : entries) {
                out.push_back({entry.id, entry.deadline});
            }
            return described(out);
        };

    std::set<DeadlineKind> kinds;
    std::size_t overdue = 0;
    for (const auto& entry : fx.tables.deadlinesUntil(FarFuture, std::nullopt, std::nullopt)) {
        kinds.insert(entry.deadline.kind);
        overdue += entry.deadline.due < Today ? 1 : 0;
    }
    std::string seen;
    for (DeadlineKind kind : kinds) {
        seen += " " + std::string(domain::nameOf(kind));
    }
    INFO("kinds seen:" << seen);
    CHECK(kinds.size() == domain::enumEntries<DeadlineKind>().size()); // every kind is exercised
    CHECK(overdue > 0);

    const std::vector<Date> untils
        = {Today.addYears(-10), Today.addDays(-1), Today, Today.addDays(30), Today.addYears(1), FarFuture};
    const std::vector<std::optional<std::string>> workers = {std::nullopt, "kaisa", "ville", ""};
    const std::vector<std::optional<std::string>> offices = {std::nullopt, "helsinki", "oulu"};
    for (const Date until : untils) {
        for (const auto& worker : workers) {
            for (const auto& office : offices) {
                INFO("until " << until.toString() << ", worker " << worker.value_or("(any)") << ", office "
                              << office.value_or("(any)"));
                const auto want = expected(until, worker, office);
                CHECK(described(fx.tables.deadlinesUntil(until, worker, office)) == want);
            }
        }
    }
    CHECK_FALSE(expected(Today.addDays(30), std::nullopt, std::nullopt).empty());
}

TEST_CASE("client tables: deadline kinds have stable names that read back", "[casework][tables]")
{
    CHECK(domain::nameOf(DeadlineKind::TurnsAdult) == "turns_18");
    CHECK(domain::nameOf(DeadlineKind::ReflectionPeriodEnds) == "reflection_period_ends");
    for (const auto& entry : domain::enumEntries<DeadlineKind>()) {
        CHECK(domain::enumFromName<DeadlineKind>(entry.name) == entry.value);
        CHECK(domain::nameOf(entry.value) == entry.name);
    }
}
