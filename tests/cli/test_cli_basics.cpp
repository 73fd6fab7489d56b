#include "CliRunner.h"
#include "TestSupport.h"
#include "Version.h"
#include "session/Session.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace majakka;
using test::runCli;

namespace {
const std::map<std::string, std::string> Admin {{"MAJAKKA_PASSPHRASE", "admin passphrase 1"}};

// One line on stderr that a person understands: no stack trace, no empty message.
void checkOneLineError(const test::CliResult& result)
{
    CHECK(result.err.rfind("majakka-cli: ", 0) == 0);
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
}
} // namespace

TEST_CASE("the version and the help answer without a database", "[cli]")
{
    const auto version = runCli({"--version"});
    CHECK(version.exitCode == 0);
    CHECK(version.out == std::string("majakka-cli ") + Version + "\n");

    const auto help = runCli({"help"});
    CHECK(help.exitCode == 0);
    for (const char* command : {"init",
                                "user add",
                                "user list",
                                "user remove",
                                "passwd",
                                "recovery set",
                                "recovery open",
                                "recovery keygen",
                                "verify",
                                "backup",
                                "restore"}) {
        CHECK(help.out.find(std::string("  ") + command) != std::string::npos);
    }
}

TEST_CASE("usage errors exit with 2 and say what is wrong", "[cli]")
{
    auto none = runCli({});
    CHECK(none.exitCode == 2);
    auto unknown = runCli({"frobnicate"});
    CHECK(unknown.exitCode == 2);
    checkOneLineError(unknown);
    auto badOption = runCli({"user", "list", "--db", "x.db", "--colour"});
    CHECK(badOption.exitCode == 2);
    CHECK(badOption.err.find("--colour") != std::string::npos);
    auto missing = runCli({"init", "--user", "anna"}, Admin);
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.find("--db") != std::string::npos);
}

TEST_CASE("init creates a database whose first user is an administrator", "[cli]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "m.db").string();
    const auto init = runCli({"init", "--db", db, "--user", "Anna"}, Admin);
    REQUIRE(init.exitCode == 0);
    CHECK(std::filesystem::exists(db + ".keys"));

    // Global options may also come before the command.
    const auto list = runCli({"--db", db, "user", "list", "--json"}, Admin);
    REQUIRE(list.exitCode == 0);
    const auto users = nlohmann::json::parse(list.out);
    REQUIRE(users.size() == 1);
    CHECK(users[0]["name"] == "Anna");
    CHECK(users[0]["role"] == "administrator");

    const auto again = runCli({"init", "--db", db, "--user", "Anna"}, Admin);
    CHECK(again.exitCode == 2);
    checkOneLineError(again);
}

TEST_CASE("a wrong passphrase exits with 3 and changes no file", "[cli]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "m.db").string();
    REQUIRE(runCli({"init", "--db", db, "--user", "anna"}, Admin).exitCode == 0);
    const auto before = test::folderHashes(folder.path());
    const auto wrong = runCli({"user", "list", "--db", db}, {{"MAJAKKA_PASSPHRASE", "wrong passphrase"}});
    CHECK(wrong.exitCode == 3);
    checkOneLineError(wrong);
    CHECK(wrong.out.empty());
    CHECK(test::folderHashes(folder.path()) == before);
    const auto unknown = runCli({"user", "list", "--db", db, "--user", "nobody"}, Admin);
    CHECK(unknown.exitCode == 3);
}

TEST_CASE("the passphrase comes from the environment, else the file, else the terminal", "[cli]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "m.db").string();
    REQUIRE(runCli({"init", "--db", db, "--user", "anna"}, Admin).exitCode == 0);
    test::writeBytes(
        folder / "pass",
        {'a', 'd', 'm', 'i', 'n', ' ', 'p', 'a', 's', 's', 'p', 'h', 'r', 'a', 's', 'e', ' ', '1', '\n'});
    test::writeBytes(folder / "wrong", {'n', 'o', 'p', 'e', '\n'});
    const auto passFile = (folder / "pass").string();
    const auto wrongFile = (folder / "wrong").string();

    CHECK(runCli({"user", "list", "--db", db, "--passphrase-file", passFile}).exitCode == 0);
    // The environment wins over the file.
    CHECK(runCli({"user", "list", "--db", db, "--passphrase-file", wrongFile}, Admin).exitCode == 0);
    CHECK(runCli({"user", "list", "--db", db, "--passphrase-file", wrongFile}).exitCode == 3);
    // No variable, no file, no terminal: a usage error that says what to do.
    const auto noTerminal = runCli({"user", "list", "--db", db});
    CHECK(noTerminal.exitCode == 2);
    CHECK(noTerminal.err.find("MAJAKKA_PASSPHRASE") != std::string::npos);
}

TEST_CASE("a database open in another program exits with 5", "[cli]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "m.db").string();
    REQUIRE(runCli({"init", "--db", db, "--user", "anna"}, Admin).exitCode == 0);
    auto holder = Session::unlock(db, std::nullopt, "admin passphrase 1");
    const auto busy = runCli({"user", "list", "--db", db}, Admin);
    CHECK(busy.exitCode == 5);
    CHECK(busy.err.find("in use by another program") != std::string::npos);
    holder.reset();
    CHECK(runCli({"user", "list", "--db", db}, Admin).exitCode == 0);
}
