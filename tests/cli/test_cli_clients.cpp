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
