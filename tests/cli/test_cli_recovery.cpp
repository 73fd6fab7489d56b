#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace majakka;
using test::runCli;

namespace {
const std::map<std::string, std::string> Admin {{"MAJAKKA_PASSPHRASE", "admin passphrase 1"}};
}

TEST_CASE("the office recovery key opens a database and resets a forgotten passphrase", "[cli][recovery]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "m.db").string();
    const auto keys = (folder / "office").string();
    REQUIRE(runCli({"init", "--db", db, "--user", "anna"}, Admin).exitCode == 0);

    const auto keygen = runCli({"recovery", "keygen", "--out", keys},
                               {{"MAJAKKA_NEW_PASSPHRASE", "office safe passphrase"}});
    REQUIRE(keygen.exitCode == 0);
    CHECK(keygen.out.find("Fingerprint: ") != std::string::npos);
    const auto publicKey = keys + "/majakka-recovery.pub";
    const auto privateKey = keys + "/majakka-recovery.key";
    // Refuses to overwrite an office's keys.
    CHECK(
        runCli({"recovery", "keygen", "--out", keys}, {{"MAJAKKA_NEW_PASSPHRASE", "office safe passphrase"}})
            .exitCode
        == 2);

    REQUIRE(runCli({"recovery", "set", "--public-key", publicKey, "--db", db}, Admin).exitCode == 0);

    const std::map<std::string, std::string> office {{"MAJAKKA_PASSPHRASE", "office safe passphrase"}};
    const auto opened = runCli({"recovery", "open", "--private-key", privateKey, "--db", db}, office);
    REQUIRE(opened.exitCode == 0);
    CHECK(opened.out.find("1 users") != std::string::npos);
    CHECK(opened.out.find("office safe") == std::string::npos); // nothing secret printed

    CHECK(runCli({"recovery", "open", "--private-key", privateKey, "--db", db}, Admin).exitCode == 3);

    auto reset = office;
    reset["MAJAKKA_NEW_PASSPHRASE"] = "anna remembers this one";
    REQUIRE(
        runCli({"recovery", "open", "--private-key", privateKey, "--reset-user", "anna", "--db", db}, reset)
            .exitCode
        == 0);
    CHECK(runCli({"user", "list", "--db", db}, {{"MAJAKKA_PASSPHRASE", "anna remembers this one"}}).exitCode
          == 0);
}

TEST_CASE("backup and restore give a database that opens with the same passphrase", "[cli][backup]")
{
    test::TemporaryFolder folder;
    const auto db = (folder / "m.db").string();
    const auto backup = (folder / "m.backup").string();
    const auto restored = (folder / "restored.db").string();
    REQUIRE(runCli({"init", "--db", db, "--user", "anna"}, Admin).exitCode == 0);
    REQUIRE(runCli({"backup", "--out", backup, "--db", db}, Admin).exitCode == 0);
    CHECK(runCli({"restore", "--in", backup, "--db", restored}, {{"MAJAKKA_PASSPHRASE", "wrong passphrase"}})
              .exitCode
          == 3);
    CHECK_FALSE(std::filesystem::exists(restored));
    REQUIRE(runCli({"restore", "--in", backup, "--db", restored}, Admin).exitCode == 0);
    CHECK(runCli({"verify", "--db", restored}, Admin).exitCode == 0);
    // Never over an existing database.
    CHECK(runCli({"restore", "--in", backup, "--db", db}, Admin).exitCode == 2);

    test::flipByte(backup, 200);
    const auto damaged = runCli({"restore", "--in", backup, "--db", (folder / "other.db").string()}, Admin);
    CHECK(damaged.exitCode == 4);
    CHECK(damaged.err.find("damaged or was altered") != std::string::npos);
}
