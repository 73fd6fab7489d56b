#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace majakka;
using test::runCli;

namespace {
const std::map<std::string, std::string> Admin {{"MAJAKKA_PASSPHRASE", "admin passphrase 1"}};

void writeText(const std::filesystem::path& path, const std::string& text)
{
    test::writeBytes(path, std::vector<std::uint8_t>(text.begin(), text.end()));
}
} // namespace

TEST_CASE("a client goes in from the template, comes out, changes and leaves an audit trail",
          "[cli][clients]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "m.db").string();
    REQUIRE(runCli({"init", "--db", db, "--user", "anna"}, Admin).exitCode == 0);

    const auto templ = runCli({"client", "template"});
    REQUIRE(templ.exitCode == 0);
    writeText(folder / "client.json", templ.out);
    const auto added
        = runCli({"client", "add", "--json", (folder / "client.json").string(), "--db", db}, Admin);
    REQUIRE(added.exitCode == 0);
    const std::string id = added.out.substr(0, added.out.size() - 1);
    CHECK(id.size() == 32); // the id alone on stdout

    const auto shown = runCli({"client", "show", id, "--json", "--db", db}, Admin);
    REQUIRE(shown.exitCode == 0);
    auto document = nlohmann::json::parse(shown.out);
    CHECK(document["id"] == id);
    CHECK(document["number"].get<std::string>().rfind("HKI-", 0) == 0);

    document["family_name"] = "Korhonen";
    writeText(folder / "edited.json", document.dump());
    REQUIRE(runCli({"client", "update", id, "--json", (folder / "edited.json").string(), "--db", db}, Admin)
                .exitCode
            == 0);
    const auto list = runCli({"client", "list", "--search", "korhonen", "--json", "--db", db}, Admin);
    REQUIRE(list.exitCode == 0);
    CHECK(nlohmann::json::parse(list.out).size() == 1);

    const auto deadlines = runCli({"deadlines", "--days", "3650", "--json", "--db", db}, Admin);
    REQUIRE(deadlines.exitCode == 0);
    for (const auto& entry : nlohmann::json::parse(deadlines.out)) {
        CHECK(entry["client"] == id);
    }

    const auto trail = runCli({"audit", "show", id, "--json", "--db", db}, Admin);
    REQUIRE(trail.exitCode == 0);
    const auto entries = nlohmann::json::parse(trail.out);
    REQUIRE(entries.size() == 3);
    CHECK(entries[2]["action"] == "client.update");
    CHECK(entries[2]["detail"] == "family_name");
}

TEST_CASE("a bad client document is refused with the field named and exit code 4", "[cli][clients]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "m.db").string();
    REQUIRE(runCli({"init", "--db", db, "--user", "anna"}, Admin).exitCode == 0);
    auto document = nlohmann::json::parse(runCli({"client", "template"}).out);
    document["personal_id"] = "131052-308U"; // wrong check character
    writeText(folder / "bad.json", document.dump());
    const auto before = test::folderHashes(folder.path());
    const auto refused
        = runCli({"client", "add", "--json", (folder / "bad.json").string(), "--db", db}, Admin);
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.find("personal_id") != std::string::npos);
    CHECK(test::folderHashes(folder.path()) == before); // refused before the database was opened

    document["personal_id"] = nullptr;
    document["colour"] = "blue";
    writeText(folder / "unknown.json", document.dump());
    const auto unknown
        = runCli({"client", "add", "--json", (folder / "unknown.json").string(), "--db", db}, Admin);
    CHECK(unknown.exitCode == 4);
    CHECK(unknown.err.find("colour") != std::string::npos);
}

TEST_CASE("import takes all records or none, and names the line of the first bad one", "[cli][clients]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "m.db").string();
    REQUIRE(runCli({"init", "--db", db, "--user", "anna"}, Admin).exitCode == 0);
    const auto good = nlohmann::json::parse(runCli({"client", "template"}).out);
    auto bad = good;
    bad["birth_date"] = "1995-02-30";
    const nlohmann::json list = nlohmann::json::array({good, good, bad});
    writeText(folder / "import.json", list.dump(2));
    // Each record of dump(2) starts on its own line; find the third one's.
    const std::string text = list.dump(2);
    int line = 1;
    int starts = 0;
    int badLine = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            if (text.compare(i + 1, 3, "  {") == 0 && ++starts == 3) {
                badLine = line;
            }
        }
    }
    const auto refused = runCli({"import", "--json", (folder / "import.json").string(), "--db", db}, Admin);
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.find("line " + std::to_string(badLine)) != std::string::npos);
    CHECK(nlohmann::json::parse(runCli({"client", "list", "--json", "--db", db}, Admin).out).empty());

    writeText(folder / "import.json", nlohmann::json::array({good, good}).dump(2));
    REQUIRE(runCli({"import", "--json", (folder / "import.json").string(), "--db", db}, Admin).exitCode == 0);
    CHECK(nlohmann::json::parse(runCli({"client", "list", "--json", "--db", db}, Admin).out).size() == 2);
}

TEST_CASE("an ended client is read-only, and hotline calls take no personal data", "[cli][clients]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "m.db").string();
    REQUIRE(runCli({"init", "--db", db, "--user", "anna"}, Admin).exitCode == 0);
    writeText(folder / "client.json", runCli({"client", "template"}).out);
    const auto added
        = runCli({"client", "add", "--json", (folder / "client.json").string(), "--db", db}, Admin);
    REQUIRE(added.exitCode == 0);
    const std::string id = added.out.substr(0, 32);
    const auto shown = runCli({"client", "show", id, "--db", db}, Admin).out;
    const auto today = nlohmann::json::parse(runCli({"client", "template"}).out)["admission"]["date"];
    REQUIRE(
        runCli(
            {"client", "end", id, "--date", today.get<std::string>(), "--reason", "moved_abroad", "--db", db},
            Admin)
            .exitCode
        == 0);
    auto document = nlohmann::json::parse(shown);
    document["phone"] = "+358 40 000 0000";
    writeText(folder / "edited.json", document.dump());
    const auto refused
        = runCli({"client", "update", id, "--json", (folder / "edited.json").string(), "--db", db}, Admin);
    CHECK(refused.exitCode == 4);
    const auto ended = runCli({"client", "list", "--status", "ended", "--json", "--db", db}, Admin);
    CHECK(nlohmann::json::parse(ended.out).size() == 1);

    writeText(folder / "call.json",
              R"({"date": "2026-01-05", "caller_type": "possible_victim", "topic": "labour_exploitation",
                  "outcome": "referral_to_assistance_system", "referral_followed": false})");
    const auto call
        = runCli({"hotline", "add", "--json", (folder / "call.json").string(), "--db", db}, Admin);
    CHECK(call.exitCode == 0);
    writeText(folder / "named.json",
              R"({"date": "2026-01-05", "caller_type": "possible_victim", "topic": "labour_exploitation",
                  "outcome": "referral_to_assistance_system", "referral_followed": false, "name": "Maria"})");
    const auto named
        = runCli({"hotline", "add", "--json", (folder / "named.json").string(), "--db", db}, Admin);
    CHECK(named.exitCode == 4);
}

TEST_CASE("an office worker lists only their office's clients, and an edit of one measure is one operation",
          "[cli][clients][roles]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "m.db").string();
    REQUIRE(runCli({"init", "--db", db, "--user", "anna"}, Admin).exitCode == 0);
    auto add = Admin;
    add["MAJAKKA_NEW_PASSPHRASE"] = "olli passphrase";
    REQUIRE(runCli({"user", "add", "olli", "--role", "office_worker", "--office", "oulu", "--db", db}, add)
                .exitCode
            == 0);
    CHECK(
        runCli({"user", "add", "x", "--role", "office_worker", "--office", "turku", "--db", db}, add).exitCode
        == 2);

    auto document = nlohmann::json::parse(runCli({"client", "template"}).out);
    std::vector<std::string> ids;
    for (const std::string office : {"oulu", "helsinki"}) {
        document["office"] = office;
        writeText(folder / "client.json", document.dump());
        const auto added = runCli(
            {"client", "add", "--json", (folder / "client.json").string(), "--db", db, "--user", "anna"},
            Admin);
        REQUIRE(added.exitCode == 0);
        ids.push_back(added.out.substr(0, added.out.size() - 1));
    }
    const std::map<std::string, std::string> Olli {{"MAJAKKA_PASSPHRASE", "olli passphrase"}};
    const auto list = runCli({"client", "list", "--json", "--db", db, "--user", "olli"}, Olli);
    REQUIRE(list.exitCode == 0);
    const auto listed = nlohmann::json::parse(list.out);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0]["id"] == ids[0]);
    CHECK(listed[0]["number_taken_twice"] == false);
    const auto hidden = runCli({"client", "show", ids[1], "--db", db, "--user", "olli"}, Olli);
    CHECK(hidden.exitCode == 4);
    CHECK(hidden.err.find("there is no client") != std::string::npos);

    // The office worker edits one measure's note: the audit trail names that one value.
    auto shown = nlohmann::json::parse(
        runCli({"client", "show", ids[0], "--json", "--db", db, "--user", "olli"}, Olli).out);
    const std::string measureId = shown["measures"][0]["id"];
    CHECK(!measureId.empty());
    shown["measures"][0]["note"] = "Provider changed.";
    writeText(folder / "edited.json", shown.dump());
    REQUIRE(runCli({"client",
                    "update",
                    ids[0],
                    "--json",
                    (folder / "edited.json").string(),
                    "--db",
                    db,
                    "--user",
                    "olli"},
                   Olli)
                .exitCode
            == 0);
    const auto trail = nlohmann::json::parse(
        runCli({"audit", "show", ids[0], "--json", "--db", db, "--user", "anna"}, Admin).out);
    CHECK(trail.back()["action"] == "client.update");
    CHECK(trail.back()["detail"] == "measures[" + measureId + "].note");

    // Moved out of no office: an office worker without one sees nothing.
    REQUIRE(runCli({"user", "office", "olli", "none", "--db", db, "--user", "anna"}, Admin).exitCode == 0);
    CHECK(nlohmann::json::parse(runCli({"client", "list", "--json", "--db", db, "--user", "olli"}, Olli).out)
              .empty());
}
