#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace majakka;
using test::runCli;

namespace {
const std::map<std::string, std::string> Demo {{"MAJAKKA_PASSPHRASE", "majakka demo passphrase"}};

std::string readText(const std::filesystem::path& path)
{
    const auto bytes = test::readBytes(path);
    return std::string(bytes.begin(), bytes.end());
}

std::string firstLine(const std::string& text)
{
    return text.substr(0, text.find('\n'));
}
} // namespace

TEST_CASE(
    "stats: a supervisor writes the half-year CSV, JSON and CTDC files, each audited, and others are refused",
    "[cli][stats]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "demo.db").string();
    REQUIRE(runCli({"demo", "--db", db, "--clients", "150", "--seed", "4"}, Demo).exitCode == 0);
    const auto csv = folder / "2026H1.csv";

    for (const char* user : {"admin", "office", "caseworker"}) {
        INFO(user);
        const auto refused = runCli({"stats",
                                     "--period",
                                     "2026H1",
                                     "--format",
                                     "csv",
                                     "--out",
                                     csv.string(),
                                     "--db",
                                     db,
                                     "--user",
                                     user},
                                    Demo);
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.find("only a supervisor may export statistics") != std::string::npos);
        CHECK(!std::filesystem::exists(csv));
    }

    const auto written = runCli({"stats",
                                 "--period",
                                 "2026H1",
                                 "--format",
                                 "csv",
                                 "--out",
                                 csv.string(),
                                 "--db",
                                 db,
                                 "--user",
                                 "supervisor"},
                                Demo);
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.find("Rule: Counts from 1 to 4 are suppressed") != std::string::npos);
    const std::string text = readText(csv);
    CHECK(firstLine(text) == "indicator,category,period,value");
    CHECK(text.find("\nclients_within_services,total,2026H1,") != std::string::npos);
    CHECK(text.find(",2025H2,") != std::string::npos);
    CHECK(text.find("\nsuppression_threshold,k,2026H1,5\n") != std::string::npos);
    // Every value is a whole number or the word suppressed, and never 1-4.
    std::size_t start = text.find('\n') + 1;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string value = text.substr(text.rfind(',', end) + 1, end - text.rfind(',', end) - 1);
        INFO(text.substr(start, end - start));
        CHECK((value == "suppressed" || value == "0"
               || (value.find_first_not_of("0123456789") == std::string::npos && std::stoi(value) >= 5)));
        start = end + 1;
    }

    // An existing file is never overwritten: a release stays as it went out.
    const auto again = runCli({"stats",
                               "--period",
                               "2026H1",
                               "--format",
                               "csv",
                               "--out",
                               csv.string(),
                               "--db",
                               db,
                               "--user",
                               "supervisor"},
                              Demo);
    CHECK(again.exitCode == 2);
    CHECK(again.err.find(csv.string()) != std::string::npos);

    const auto json = folder / "2026H1.json";
    REQUIRE(runCli({"stats",
                    "--from",
                    "2026-01-01",
                    "--to",
                    "2026-03-31",
                    "--format",
                    "json",
                    "--threshold",
                    "7",
                    "--out",
                    json.string(),
                    "--db",
                    db,
                    "--user",
                    "supervisor"},
                   Demo)
                .exitCode
            == 0);
    const auto document = nlohmann::json::parse(readText(json));
    CHECK(document["period"]["label"] == "2026-01-01/2026-03-31");
    CHECK(document["previous_period"]["label"] == "2025-10-03/2025-12-31");
    CHECK(document["suppression"]["threshold"] == 7);
    CHECK(document["indicators"]["new_admissions"]["2026-01-01/2026-03-31"].contains("total"));

    const auto ctdc = folder / "ctdc.csv";
    const auto exported = runCli(
        {"stats", "--ctdc", "--k", "3", "--out", ctdc.string(), "--db", db, "--user", "supervisor"}, Demo);
    REQUIRE(exported.exitCode == 0);
    CHECK(firstLine(readText(ctdc))
          == "yearOfRegistration,gender,ageBroad,citizenship,typeOfExploitConcatenated,"
             "typeOfLabourConcatenated,"
             "meansOfControlConcatenated,recruiterRelation,CountryOfExploitation");

    const auto trail = runCli({"audit", "show", "--json", "--db", db, "--user", "supervisor"}, Demo);
    REQUIRE(trail.exitCode == 0);
    std::vector<std::string> exports;
    for (const auto& entry : nlohmann::json::parse(trail.out)) {
        if (entry["action"].get<std::string>().rfind("statistics.", 0) == 0) {
            CHECK(entry["user"] == "supervisor");
            exports.push_back(entry["action"].get<std::string>() + " " + entry["detail"].get<std::string>());
        }
    }
    REQUIRE(exports.size() == 3);
    CHECK(exports[0].rfind("statistics.export 2026H1 csv, threshold 5, 2026H1.csv", 0) == 0);
    CHECK(exports[1].rfind("statistics.export 2026-01-01/2026-03-31 json, threshold 7", 0) == 0);
    CHECK(exports[2].rfind("statistics.ctdc_export k 3, ", 0) == 0);
}

TEST_CASE("stats: a threshold or k below 3 is refused before the database is opened", "[cli][stats]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "none.db").string();
    const auto out = (folder / "out.csv").string();
    const auto low = runCli(
        {"stats", "--period", "2026H1", "--format", "csv", "--threshold", "2", "--out", out, "--db", db},
        Demo);
    CHECK(low.exitCode == 2);
    CHECK(low.err.find("threshold must be at least 3") != std::string::npos);
    const auto lowK = runCli({"stats", "--ctdc", "--k", "1", "--out", out, "--db", db}, Demo);
    CHECK(lowK.exitCode == 2);
    CHECK(lowK.err.find("--k must be at least 3") != std::string::npos);
    CHECK(runCli({"stats",
                  "--period",
                  "2026H1",
                  "--format",
                  "csv",
                  "--threshold",
                  "five",
                  "--out",
                  out,
                  "--db",
                  db},
                 Demo)
              .exitCode
          == 2);
    CHECK(!std::filesystem::exists(out));
}

TEST_CASE("stats: the options must fit together (exit code 2)", "[cli][stats]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "none.db").string();
    const auto out = (folder / "out").string();
    for (const std::vector<std::string>& wrong : std::vector<std::vector<std::string>> {
             {"stats", "--period", "2026H1", "--from", "2026-01-01", "--to", "2026-02-01", "--format", "csv"},
             {"stats", "--format", "csv"},
             {"stats", "--period", "2026H3", "--format", "csv"},
             {"stats", "--from", "2026-02-30", "--to", "2026-03-01", "--format", "csv"},
             {"stats", "--period", "2026H1", "--format", "xlsx"},
             {"stats", "--period", "2026H1", "--format", "csv", "--k", "5"},
             {"stats", "--ctdc", "--period", "2026H1"},
             {"stats", "--ctdc", "--threshold", "5"},
             {"stats", "--ctdc", "--lang", "fi"}}) {
        auto arguments = wrong;
        arguments.insert(arguments.end(), {"--out", out, "--db", db});
        INFO(arguments[1] << " " << arguments[2]);
        CHECK(runCli(arguments, Demo).exitCode == 2);
    }
    CHECK(!std::filesystem::exists(out));
}
