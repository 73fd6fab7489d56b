#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace majakka;
using test::runCli;

namespace {
const std::map<std::string, std::string> Admin {{"MAJAKKA_PASSPHRASE", "admin passphrase 1"}};
const std::map<std::string, std::string> Kaisa {{"MAJAKKA_PASSPHRASE", "kaisa passphrase"}};

std::vector<std::string> names(const std::string& db)
{
    const auto list = runCli({"user", "list", "--json", "--db", db, "--user", "anna"}, Admin);
    REQUIRE(list.exitCode == 0);
    std::vector<std::string> out;
    for (const auto& user : nlohmann::json::parse(list.out)) {
        out.push_back(user["name"]);
    }
    return out;
}
} // namespace

TEST_CASE("users are added, renamed and removed, each with their own passphrase", "[cli][users]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "m.db").string();
    REQUIRE(runCli({"init", "--db", db, "--user", "anna"}, Admin).exitCode == 0);

    auto add = Admin;
    add["MAJAKKA_NEW_PASSPHRASE"] = "kaisa passphrase";
    const auto added = runCli({"user", "add", "kaisa", "--role", "caseworker", "--db", db}, add);
    REQUIRE(added.exitCode == 0);
    CHECK(names(db) == std::vector<std::string> {"anna", "kaisa"});

    // With two users the slot must be named.
    CHECK(runCli({"user", "list", "--db", db}, Kaisa).exitCode == 2);
    CHECK(runCli({"user", "list", "--db", db, "--user", "kaisa"}, Kaisa).exitCode == 0);
    // A caseworker may not manage users.
    auto byKaisa = Kaisa;
    byKaisa["MAJAKKA_NEW_PASSPHRASE"] = "pekka passphrase";
    const auto refused
        = runCli({"user", "add", "pekka", "--role", "caseworker", "--db", db, "--user", "kaisa"}, byKaisa);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find("only an administrator") != std::string::npos);

    CHECK(runCli({"user", "add", "x", "--role", "boss", "--db", db, "--user", "anna"}, add).exitCode == 2);

    REQUIRE(runCli({"user", "rename", "kaisa", "kaisa.m", "--db", db, "--user", "anna"}, Admin).exitCode
            == 0);
    CHECK(runCli({"user", "list", "--db", db, "--user", "kaisa.m"}, Kaisa).exitCode == 0);
    REQUIRE(runCli({"user", "remove", "kaisa.m", "--db", db, "--user", "anna"}, Admin).exitCode == 0);
    CHECK(names(db) == std::vector<std::string> {"anna"});
    CHECK(runCli({"user", "list", "--db", db, "--user", "kaisa.m"}, Kaisa).exitCode == 3);
}

TEST_CASE("passwd changes only the signed-in user's passphrase", "[cli][users]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "m.db").string();
    REQUIRE(runCli({"init", "--db", db, "--user", "anna"}, Admin).exitCode == 0);
    const auto databaseBefore = test::readBytes(db);
    auto change = Admin;
    change["MAJAKKA_NEW_PASSPHRASE"] = "the new passphrase";
    REQUIRE(runCli({"passwd", "--db", db}, change).exitCode == 0);
    // Not re-encrypted: all but the few pages holding the new audit entries are unchanged.
    CHECK(test::changedPages(databaseBefore, test::readBytes(db), 4096) <= 4);
    CHECK(runCli({"user", "list", "--db", db}, Admin).exitCode == 3);
    CHECK(runCli({"user", "list", "--db", db}, {{"MAJAKKA_PASSPHRASE", "the new passphrase"}}).exitCode == 0);

    auto tooShort = change;
    tooShort["MAJAKKA_PASSPHRASE"] = "the new passphrase";
    tooShort["MAJAKKA_NEW_PASSPHRASE"] = "short";
    const auto refused = runCli({"passwd", "--db", db}, tooShort);
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.find("at least 10 characters") != std::string::npos);
}

TEST_CASE("a user's role changes, but not one's own and not the last administrator's", "[cli][users]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "m.db").string();
    REQUIRE(runCli({"init", "--db", db, "--user", "anna"}, Admin).exitCode == 0);
    auto add = Admin;
    add["MAJAKKA_NEW_PASSPHRASE"] = "kaisa passphrase";
    REQUIRE(runCli({"user", "add", "kaisa", "--role", "caseworker", "--db", db}, add).exitCode == 0);

    const auto changed = runCli({"user", "role", "kaisa", "supervisor", "--db", db, "--user", "anna"}, Admin);
    CHECK(changed.exitCode == 0);
    CHECK(changed.out == "kaisa is now supervisor\n");
    const auto list
        = nlohmann::json::parse(runCli({"user", "list", "--json", "--db", db, "--user", "anna"}, Admin).out);
    for (const auto& user : list) {
        if (user["name"] == "kaisa") {
            CHECK(user["role"] == "supervisor");
        }
    }
    const auto own = runCli({"user", "role", "anna", "caseworker", "--db", db, "--user", "anna"}, Admin);
    CHECK(own.exitCode != 0);
    CHECK(runCli({"user", "role", "kaisa", "chief", "--db", db, "--user", "anna"}, Admin).exitCode == 2);
}
