#include "CliRunner.h"
#include "PdfText.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

using namespace majakka;
using test::runCli;

namespace {

const std::map<std::string, std::string> Demo {{"MAJAKKA_PASSPHRASE", "majakka demo passphrase"}};

std::string readText(const std::filesystem::path& path)
{
    const auto bytes = test::readBytes(path);
    return std::string(bytes.begin(), bytes.end());
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

struct Words
{
    std::string language;
    std::string title;
    std::string rule;
    std::string byGender;
    std::string byForm;
    std::string suppressed;
    std::string female;
};

const std::vector<Words> Languages {
    {"en",
     "Half-year statistics",
     "Suppression rule",
     "New clients by gender",
     "New clients by form of exploitation",
     "suppressed",
     "Female"},
    {"fi",
     "Puolivuotistilasto",
     "Pienten lukujen salaaminen",
     "Uudet asiakkaat sukupuolen mukaan",
     "Uudet asiakkaat hyväksikäytön muodon mukaan",
     "salattu",
     "Nainen"},
    {"sv",
     "Halvårsstatistik",
     "Skydd av små tal",
     "Nya klienter efter kön",
     "Nya klienter efter form av utnyttjande",
     "sekretessbelagd",
     "Kvinna"},
};

// The counts of a table row of the PDF ("Female   43   50"): the cells after
// the label, each a count (digits in the language's grouping) or the word for
// a suppressed one; nothing for a line that is not such a row.
std::optional<std::vector<std::string>> rowValues(const std::string& line, const std::string& suppressed)
{
    static const std::regex gap(" {2,}");
    std::vector<std::string> cells;
    for (std::sregex_token_iterator cell(line.begin(), line.end(), gap, -1), end; cell != end; ++cell) {
        if (!cell->str().empty()) {
            cells.push_back(*cell);
        }
    }
    if (cells.size() != 3) {
        return std::nullopt;
    }
    std::vector<std::string> values;
    for (std::size_t i = 1; i < 3; ++i) {
        std::string digits;
        bool other = false;
        for (unsigned char c : cells[i]) {
            if (std::isdigit(c)) {
                digits += static_cast<char>(c);
            } else if (c != ' ' && c != ',' && c < 0x80) {
                other = true;
            }
        }
        if (cells[i] == suppressed) {
            values.push_back("suppressed");
        } else if (!digits.empty() && !other
                   && cells[i].find_first_not_of("0123456789 ,\xc2\xa0\xe2\x80\xaf") == std::string::npos) {
            values.push_back(digits);
        } else {
            return std::nullopt;
        }
    }
    return values;
}

// The values of the CSV for one period, in the order of its rows.
std::vector<std::string> csvValues(const std::string& csv, const std::string& period)
{
    std::vector<std::string> values;
    std::istringstream lines(csv);
    for (std::string line; std::getline(lines, line);) {
        const auto last = line.rfind(',');
        const auto before = line.rfind(',', last - 1);
        if (line.rfind("suppression_threshold", 0) != 0
            && line.substr(before + 1, last - before - 1) == period) {
            values.push_back(line.substr(last + 1));
        }
    }
    return values;
}

std::string makeDemo(const test::TemporaryFolder& folder)
{
    const auto db = (folder / "demo.db").string();
    REQUIRE(runCli({"demo", "--db", db, "--clients", "400", "--seed", "9"}, Demo).exitCode == 0);
    return db;
}

} // namespace

TEST_CASE("stats: the PDF report opens, holds its headings in each language, and shows the CSV's counts with "
          "the suppressed ones as suppressed",
          "[cli][stats][pdf]")
{
    test::TemporaryFolder folder;
    const std::string db = makeDemo(folder);
    const auto csvFile = folder / "2025H2.csv";
    REQUIRE(runCli({"stats",
                    "--period",
                    "2025H2",
                    "--format",
                    "csv",
                    "--out",
                    csvFile.string(),
                    "--db",
                    db,
                    "--user",
                    "supervisor"},
                   Demo)
                .exitCode
            == 0);
    const std::string csv = readText(csvFile);
    const auto current = csvValues(csv, "2025H2");
    const auto previous = csvValues(csv, "2025H1");
    REQUIRE(current.size() > 80);
    REQUIRE(std::count(current.begin(), current.end(), "suppressed") > 0);

    for (const Words& words : Languages) {
        INFO("language " << words.language);
        const auto pdf = folder / ("2025H2-" + words.language + ".pdf");
        const auto written = runCli({"stats",
                                     "--period",
                                     "2025H2",
                                     "--format",
                                     "pdf",
                                     "--lang",
                                     words.language,
                                     "--out",
                                     pdf.string(),
                                     "--db",
                                     db,
                                     "--user",
                                     "supervisor"},
                                    Demo);
        REQUIRE(written.exitCode == 0);
        CHECK(written.err.empty());
        CHECK(readText(pdf).rfind("%PDF-", 0) == 0);
        const std::string text = test::pdfText(pdf);
        CHECK(contains(text, words.title));
        CHECK(contains(text, words.rule));
        CHECK(contains(text, words.byGender));
        CHECK(contains(text, words.byForm));
        CHECK(contains(text, words.female));

        // Every count of the tables, in order, is the CSV's: the same released report.
        std::vector<std::string> shownCurrent;
        std::vector<std::string> shownPrevious;
        std::istringstream lines(text);
        for (std::string line; std::getline(lines, line);) {
            if (const auto values = rowValues(line, words.suppressed)) {
                shownCurrent.push_back((*values)[0]);
                shownPrevious.push_back((*values)[1]);
            }
        }
        CHECK(shownCurrent == current);
        CHECK(shownPrevious == previous);
    }

    const auto trail = runCli({"audit", "show", "--json", "--db", db, "--user", "supervisor"}, Demo);
    std::vector<std::string> exports;
    for (const auto& entry : nlohmann::json::parse(trail.out)) {
        if (entry["action"] == "statistics.export") {
            exports.push_back(entry["detail"]);
        }
    }
    CHECK(exports
          == std::vector<std::string> {"2025H2 csv, threshold 5, 2025H2.csv",
                                       "2025H2 pdf, en, threshold 5, 2025H2-en.pdf",
                                       "2025H2 pdf, fi, threshold 5, 2025H2-fi.pdf",
                                       "2025H2 pdf, sv, threshold 5, 2025H2-sv.pdf"});
}

TEST_CASE("stats: --lang is for PDF only, and a language Majakka does not have is refused (exit code 2)",
          "[cli][stats][pdf]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "none.db").string();
    const auto out = (folder / "out").string();
    const auto csv = runCli(
        {"stats", "--period", "2026H1", "--format", "csv", "--lang", "fi", "--out", out, "--db", db}, Demo);
    CHECK(csv.exitCode == 2);
    CHECK(contains(csv.err, "--lang is for --format pdf"));
    const auto german = runCli(
        {"stats", "--period", "2026H1", "--format", "pdf", "--lang", "de", "--out", out, "--db", db}, Demo);
    CHECK(german.exitCode == 2);
    CHECK(contains(german.err, "--lang is en, fi or sv; \"de\" is not one of them"));
    CHECK(!std::filesystem::exists(out));
}

TEST_CASE("stats: a PDF for someone other than a supervisor is refused and nothing is written",
          "[cli][stats][pdf]")
{
    test::TemporaryFolder folder;
    const std::string db = makeDemo(folder);
    const auto pdf = folder / "report.pdf";
    const auto refused = runCli({"stats",
                                 "--period",
                                 "2025H2",
                                 "--format",
                                 "pdf",
                                 "--out",
                                 pdf.string(),
                                 "--db",
                                 db,
                                 "--user",
                                 "admin"},
                                Demo);
    CHECK(refused.exitCode == 1);
    CHECK(contains(refused.err, "only a supervisor may export statistics"));
    CHECK(!std::filesystem::exists(pdf));
}

TEST_CASE(
    "client export: everything held about a client as JSON and as a PDF in each language, audited, only "
    "for those who may see the client",
    "[cli][clients][pdf]")
{
    test::TemporaryFolder folder;
    const std::string db = makeDemo(folder);
    // A client of the caseworker outside Helsinki, the office worker's office.
    const auto listed = runCli({"client", "list", "--json", "--db", db, "--user", "caseworker"}, Demo);
    REQUIRE(listed.exitCode == 0);
    const auto clients = nlohmann::json::parse(listed.out);
    const auto chosen = std::find_if(
        clients.begin(), clients.end(), [](const auto& client) { return client["office"] != "helsinki"; });
    REQUIRE(chosen != clients.end());
    const auto client = *chosen;
    const std::string id = client["id"];
    const std::string familyName = client["family_name"];

    const auto json = folder / "request.json";
    const auto exported = runCli({"client",
                                  "export",
                                  id,
                                  "--format",
                                  "json",
                                  "--out",
                                  json.string(),
                                  "--db",
                                  db,
                                  "--user",
                                  "caseworker"},
                                 Demo);
    REQUIRE(exported.exitCode == 0);
    CHECK(contains(exported.out, "not encrypted"));
    const auto document = nlohmann::json::parse(readText(json));
    CHECK(document["client"]["id"] == id);
    CHECK(document["client"]["family_name"] == familyName);
    CHECK(document["history"].size() > 10);
    CHECK(document["audit_trail"].back()["action"] == "client.export");

    const std::map<std::string, std::vector<std::string>> headings {
        {"en", {"Everything held about a client", "Audit trail", "Disclosures", "Values as written"}},
        {"fi", {"Kaikki asiakkaasta tallennettu", "Lokitiedot", "Tietojen luovutukset", "Tallennetut arvot"}},
        {"sv", {"Allt som har sparats om klienten", "Granskningsspår", "Utlämnanden", "Sparade värden"}},
    };
    for (const auto& [language, expected] : headings) {
        INFO("language " << language);
        const auto pdf = folder / ("request-" + language + ".pdf");
        REQUIRE(runCli({"client",
                        "export",
                        id,
                        "--format",
                        "pdf",
                        "--lang",
                        language,
                        "--out",
                        pdf.string(),
                        "--db",
                        db,
                        "--user",
                        "caseworker"},
                       Demo)
                    .exitCode
                == 0);
        const std::string text = test::pdfText(pdf);
        for (const std::string& heading : expected) {
            CHECK(contains(text, heading));
        }
        CHECK(contains(text, familyName));
    }

    // Another office's worker does not learn the client exists; an existing file is never replaced.
    const auto other = folder / "other.json";
    const auto refused = runCli(
        {"client", "export", id, "--format", "json", "--out", other.string(), "--db", db, "--user", "office"},
        Demo);
    CHECK(refused.exitCode == 4);
    CHECK(contains(refused.err, "there is no client with the id " + id));
    CHECK(!std::filesystem::exists(other));
    const auto again = runCli({"client",
                               "export",
                               id,
                               "--format",
                               "json",
                               "--out",
                               json.string(),
                               "--db",
                               db,
                               "--user",
                               "caseworker"},
                              Demo);
    CHECK(again.exitCode == 2);
    CHECK(contains(again.err, "a file already exists"));
    CHECK(runCli({"client",
                  "export",
                  id,
                  "--format",
                  "json",
                  "--lang",
                  "fi",
                  "--out",
                  other.string(),
                  "--db",
                  db,
                  "--user",
                  "caseworker"},
                 Demo)
              .exitCode
          == 2);

    const auto trail = runCli({"audit", "show", "--json", "--db", db, "--user", "supervisor"}, Demo);
    std::vector<std::string> exports;
    for (const auto& entry : nlohmann::json::parse(trail.out)) {
        if (entry["action"] == "client.export") {
            CHECK(entry["user"] == "caseworker");
            exports.push_back(entry["detail"]);
        }
    }
    CHECK(exports
          == std::vector<std::string> {"record, json, request.json",
                                       "record, pdf, en, request-en.pdf",
                                       "record, pdf, fi, request-fi.pdf",
                                       "record, pdf, sv, request-sv.pdf"});
}
