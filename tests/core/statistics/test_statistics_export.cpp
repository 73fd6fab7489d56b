#include "DemoClients.h"
#include "Error.h"
#include "Progress.h"
#include "SessionFixture.h"
#include "session/UserAdministration.h"
#include "statistics/CaseSource.h"
#include "statistics/ReportCsv.h"
#include "statistics/StatisticsExport.h"
#include "statistics/StatisticsReport.h"
#include "store/Statement.h"

#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::statistics;

namespace {

const std::string SupervisorPassphrase = "supervisor passphrase 1";

// A database of demo clients with a supervisor "sami"; the session is the supervisor's.
struct StatisticsFixture
{
    test::SessionFixture fx;
    std::unique_ptr<Session> session;
    Period period = Period::halfYearOf(domain::Date::fromTimePoint(Clock::system().now())).previous();

    explicit StatisticsFixture(std::size_t clients = 150)
    {
        auto admin = fx.create();
        test::importDemoClients(*admin, clients, 5);
        UserAdministration(*admin).addUser(
            "sami", domain::Role::Supervisor, SupervisorPassphrase, test::CheapKdf);
        admin.reset();
        session = fx.unlock("sami", SupervisorPassphrase);
    }

    std::int64_t auditCount(const std::string& action)
    {
        store::Statement count(session->database(), "SELECT count(*) FROM audit_log WHERE action = ?1");
        count.bind(1, action);
        count.step();
        return count.columnInt(0);
    }
};

// Counts the steps it is told of and asks to stop after `stopAfter` of them.
class CountingProgress : public Progress
{
public:
    explicit CountingProgress(std::size_t stopAfter = SIZE_MAX)
        : m_stopAfter(stopAfter)
    { }

    void step(std::size_t done, std::size_t total) override
    {
        ++steps;
        last = {done, total};
    }
    bool cancelRequested() const override { return steps >= m_stopAfter; }

    std::size_t steps = 0;
    std::pair<std::size_t, std::size_t> last;

private:
    std::size_t m_stopAfter;
};

} // namespace

TEST_CASE("a released report holds the published counts and nothing for a suppressed cell", "[statistics]")
{
    StatisticsFixture fixture(60);
    const auto cases = CaseSource(fixture.session->database()).all();
    const StatisticsReport full = buildReport(cases, fixture.period, Suppression(5));
    REQUIRE(full.current.suppressedCount() > 0);
    const ReleasedReport released = ReleasedReport::of(full);
    for (const auto& [figures, published] :
         {std::pair(&full.current, &released.current()), std::pair(&full.previous, &released.previous())}) {
        REQUIRE(published->values.size() == figures->values.size());
        for (std::size_t cell = 0; cell < figures->values.size(); ++cell) {
            if (figures->suppressed[cell]) {
                CHECK_FALSE(published->values[cell].has_value());
            } else {
                CHECK(published->values[cell] == figures->values[cell]);
            }
        }
    }
    CHECK(released.suppressedCount() == full.current.suppressedCount() + full.previous.suppressedCount());
    CHECK(released.threshold() == 5);
    CHECK(released.rule() == full.rule);
    CHECK(reportToCsv(released) == reportToCsv(full));
}

TEST_CASE("the prepared report is the suppressed report of the period, and only a supervisor gets it",
          "[statistics]")
{
    StatisticsFixture fixture;
    const ReleasedReport prepared = StatisticsExport(*fixture.session).prepareReport(fixture.period, 5);
    const auto cases = CaseSource(fixture.session->database()).all();
    CHECK(reportToCsv(prepared) == reportToCsv(buildReport(cases, fixture.period, Suppression(5))));

    fixture.session.reset(); // one program at a time: the database is opened exclusively
    auto admin = fixture.fx.unlock("anna", test::AdminPassphrase);
    try {
        StatisticsExport(*admin).prepareReport(fixture.period, 5);
        FAIL("an administrator got the report");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Permission);
        CHECK(std::string(error.what()).find("only a supervisor") != std::string::npos);
    }
}

TEST_CASE("preparing a report steps through the tables and the half-years, and a cancel stops it",
          "[statistics]")
{
    StatisticsFixture fixture;
    CountingProgress progress;
    StatisticsExport(*fixture.session).prepareReport(fixture.period, 5, &progress);
    CHECK(progress.steps > 10);
    CHECK(progress.last.first <= progress.last.second);
    CHECK(progress.last.second == 100);

    for (std::size_t stopAfter : {1u, 4u, 9u, 15u}) {
        INFO("cancel after " << stopAfter << " steps");
        CountingProgress cancelling(stopAfter);
        CHECK_THROWS_AS(StatisticsExport(*fixture.session).prepareReport(fixture.period, 5, &cancelling),
                        Cancelled);
    }
}

TEST_CASE("a prepared report is written once, audited with its format, and never over a file", "[statistics]")
{
    StatisticsFixture fixture;
    StatisticsExport exporter(*fixture.session);
    const ReleasedReport report = exporter.prepareReport(fixture.period, 5);
    const auto file = fixture.fx.folder / "report.pdf";
    const auto written = exporter.writeReport(report, "pdf, sv", "%PDF-1.4 made elsewhere", file);
    CHECK(written.periodLabel == fixture.period.label());
    CHECK(test::readBytes(file).size() == std::string("%PDF-1.4 made elsewhere").size());
    CHECK(fixture.auditCount("statistics.export") == 1);
    const auto entries = fixture.session->auditLog().latest(1);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].detail == fixture.period.label() + " pdf, sv, threshold 5, report.pdf");

    try {
        exporter.writeReport(report, "pdf, fi", "other content", file);
        FAIL("wrote over the file");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Usage);
        CHECK(std::string(error.what()).find("already exists") != std::string::npos);
    }
    CHECK(test::readBytes(file).size() == std::string("%PDF-1.4 made elsewhere").size());
    CHECK(fixture.auditCount("statistics.export") == 1);
}

TEST_CASE("the statistics read the tables that hold free text through narrow covering indexes",
          "[statistics][store]")
{
    StatisticsFixture fixture(5);
    for (const char* query : {
             "SELECT client_id, kind, gender, birth_date, citizenships, office FROM clients",
             "SELECT client_id, date, source, channel FROM referrals",
             "SELECT client_id, date, decision FROM admission_decisions",
             "SELECT client_id, date, reason FROM ends_of_assistance",
         }) {
        INFO(query);
        store::Statement plan(fixture.session->database(), std::string("EXPLAIN QUERY PLAN ") + query);
        REQUIRE(plan.step());
        CHECK(plan.columnText(3).find("USING COVERING INDEX") != std::string::npos);
    }
}
