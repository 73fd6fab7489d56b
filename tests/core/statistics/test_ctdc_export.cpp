#include "Error.h"
#include "RandomCases.h"
#include "casework/DemoGenerator.h"
#include "statistics/CtdcExport.h"

#include <catch2/catch.hpp>
#include <map>

using namespace majakka;
using namespace majakka::statistics;

namespace {

std::size_t admittedVictims(const std::vector<StatisticsCase>& cases)
{
    return static_cast<std::size_t>(std::count_if(cases.begin(), cases.end(), [](const StatisticsCase& c) {
        return c.kind == domain::ClientKind::Victim && c.isAdmitted();
    }));
}

// Reads the CSV back and counts each combination of every column.
std::map<std::string, std::size_t> combinations(const std::string& csv, std::size_t& rows)
{
    std::map<std::string, std::size_t> counts;
    rows = 0;
    std::size_t start = csv.find('\n') + 1;
    while (start < csv.size()) {
        const std::size_t end = csv.find('\n', start);
        ++counts[csv.substr(start, end - start)];
        ++rows;
        start = end + 1;
    }
    return counts;
}

void checkRelease(const CtdcExport& release, const std::vector<StatisticsCase>& cases, int k)
{
    const std::string csv = release.toCsv();
    CHECK(csv.substr(0, csv.find('\n'))
          == "yearOfRegistration,gender,ageBroad,citizenship,typeOfExploitConcatenated,"
             "typeOfLabourConcatenated,"
             "meansOfControlConcatenated,recruiterRelation,CountryOfExploitation");
    std::size_t rows = 0;
    for (const auto& [combination, count] : combinations(csv, rows)) {
        INFO(combination);
        CHECK(count >= static_cast<std::size_t>(k));
    }
    CHECK(rows == release.rows.size());
    CHECK(release.victims == admittedVictims(cases));
    CHECK(release.rows.size() + release.suppressedRows == release.victims);
}

} // namespace

TEST_CASE("random datasets: every combination of the CTDC export occurs at least k times",
          "[statistics][property]")
{
    for (std::uint32_t seed = 1; seed <= 200; ++seed) {
        test::RandomCases random(seed);
        const int k = random.between(3, 10);
        const auto cases = random.make(static_cast<std::size_t>(random.between(0, 400)));
        INFO("seed " << seed << ", k " << k << ", " << cases.size() << " cases");
        KAnonymityOptions options;
        options.k = k;
        checkRelease(makeCtdcExport(cases, options), cases, k);
    }
}

TEST_CASE("a demo database's CTDC export is k-anonymous and leaves out at most 5% of the victims",
          "[statistics][property]")
{
    const domain::Date today = domain::Date::fromYmd(2026, 11, 23).value();
    std::vector<StatisticsCase> cases;
    for (const auto& record : DemoGenerator::generateClients(3000, 5, today, {"kaisa"})) {
        cases.push_back(fromRecord(record));
    }
    for (int k : {3, 5, 11}) {
        KAnonymityOptions options;
        options.k = k;
        const CtdcExport release = makeCtdcExport(cases, options);
        checkRelease(release, cases, k);
        CHECK(static_cast<double>(release.suppressedRows) <= 0.05 * static_cast<double>(release.victims));
        CHECK(release.victims > 1000);
    }
}

TEST_CASE("with fewer victims than k nothing but the header is written", "[statistics]")
{
    test::RandomCases random(99);
    auto cases = random.make(200);
    cases.resize(3);
    KAnonymityOptions options;
    options.k = 5;
    const CtdcExport release = makeCtdcExport(cases, options);
    CHECK(release.rows.empty());
    CHECK(release.suppressedRows == release.victims);
}

TEST_CASE("a CTDC k below 3 is refused", "[statistics]")
{
    KAnonymityOptions options;
    options.k = 2;
    CHECK_THROWS_AS(makeCtdcExport({}, options), Error);
}

TEST_CASE("identical victims are published as recorded, with the CTDC's spelling of age bands",
          "[statistics]")
{
    using namespace domain;
    StatisticsCase victim;
    victim.kind = ClientKind::Victim;
    victim.gender = Gender::Female;
    victim.birthDate = PartialDate::yearOnly(1995);
    victim.citizenships = {"ph"};
    victim.admission
        = StatisticsCase::Admission {Date::fromYmd(2025, 3, 3).value(), AdmissionOutcome::Admitted};
    victim.exploitation
        = StatisticsCase::Exploitation {true,
                                        {ExploitationForm::ForcedLabour},
                                        LabourIndustry::Restaurants,
                                        "",
                                        {MeansOfControl::WithholdsDocuments, MeansOfControl::DebtBondage},
                                        ExploiterRelation::Employer};
    const std::vector<StatisticsCase> cases(5, victim);
    KAnonymityOptions options;
    options.k = 5;
    const CtdcExport release = makeCtdcExport(cases, options);
    REQUIRE(release.rows.size() == 5);
    CHECK(release.rows.front()
          == std::vector<std::string> {"2025",
                                       "female",
                                       "27--29",
                                       "PH",
                                       "forced_labour",
                                       "restaurants",
                                       "debt_bondage;withholds_documents",
                                       "employer",
                                       "FI"});
    CHECK(release.generalisationSummary() == "none");
}

TEST_CASE("a generalisation level that does not merge the level before it is refused", "[statistics]")
{
    const std::vector<std::string> recorded {"2024", "2025", "2024"};
    const auto broken = [&]() {
        makeQuasiIdentifier(
            "year",
            recorded.size(),
            [&](std::size_t row) { return recorded[row]; },
            [&](std::size_t row) {
                // 2024 and 2025 share a span, but the next level parts them again.
                return std::vector<std::string> {
                    recorded[row], "2024-2025", recorded[row] == "2024" ? "a" : "b"};
            });
    };
    CHECK_THROWS_AS(broken(), Error);
    const QuasiIdentifier year = makeQuasiIdentifier(
        "year",
        recorded.size(),
        [&](std::size_t row) { return recorded[row]; },
        [&](std::size_t row) {
            return std::vector<std::string> {recorded[row], "2024-2025", ""};
        });
    CHECK(year.levelCount() == 3);
    CHECK(year.label(1, 0) == "2025");
    CHECK(year.label(1, 1) == "2024-2025");
    KAnonymityOptions options;
    options.k = 3;
    const KAnonymousRelease release = makeKAnonymous({year}, recorded.size(), options);
    CHECK(release.levels == std::vector<std::size_t> {1});
    CHECK(release.rows.size() == 3);
}
