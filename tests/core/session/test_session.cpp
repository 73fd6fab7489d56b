#include "Error.h"
#include "SessionFixture.h"
#include "store/KeyHeader.h"
#include "store/SettingsTable.h"
#include "store/Statement.h"

#include <catch2/catch.hpp>

using namespace majakka;

TEST_CASE("a new database opens again with the administrator's passphrase", "[session]")
{
    test::SessionFixture fx;
    {
        auto session = fx.create();
        CHECK(session->user().name == "anna");
        CHECK(session->user().role == domain::Role::Administrator);
    }
    CHECK(std::filesystem::exists(fx.database));
    CHECK(std::filesystem::exists(fx.header));
    auto again = Session::unlock(fx.database, std::nullopt, test::AdminPassphrase);
    CHECK(again->user().name == "anna");
}

TEST_CASE("a wrong passphrase is an authentication error and changes no file", "[session]")
{
    test::SessionFixture fx;
    fx.create();
    const auto before = test::folderHashes(fx.folder.path());
    try {
        fx.unlock("anna", "not the passphrase");
        FAIL("opened with a wrong passphrase");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Authentication);
    }
    CHECK(test::folderHashes(fx.folder.path()) == before);
}

TEST_CASE("create refuses to overwrite a database or a key header", "[session]")
{
    test::SessionFixture fx;
    fx.create();
    const auto before = test::folderHashes(fx.folder.path());
    CHECK_THROWS_AS(fx.create(), Error);
    std::filesystem::remove(fx.database);
    CHECK_THROWS_AS(fx.create(), Error);
    CHECK(test::fileHash(fx.header) == before[1].second);
}

TEST_CASE("create with an invalid name or short passphrase leaves no file behind", "[session]")
{
    test::SessionFixture fx;
    CHECK_THROWS_AS(Session::create(fx.database, "", test::AdminPassphrase, test::CheapKdf), Error);
    CHECK_THROWS_AS(Session::create(fx.database, "anna", "short", test::CheapKdf), Error);
    CHECK(std::filesystem::is_empty(fx.folder.path()));
}

TEST_CASE("a database with the key header of another database is refused", "[session]")
{
    test::SessionFixture one;
    test::SessionFixture two;
    one.create();
    two.create();
    std::filesystem::copy_file(two.header, one.header, std::filesystem::copy_options::overwrite_existing);
    try {
        one.unlock("anna", test::AdminPassphrase);
        FAIL("opened with a foreign key header");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Damaged);
    }
}

TEST_CASE("a missing key header is named in the error", "[session]")
{
    test::SessionFixture fx;
    fx.create();
    std::filesystem::remove(fx.header);
    try {
        fx.unlock("anna", test::AdminPassphrase);
        FAIL("opened without a key header");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::NotFound);
        CHECK(std::string(error.what()).find("majakka.db.keys") != std::string::npos);
    }
}

TEST_CASE("a second program on the same database is told it is in use", "[session]")
{
    test::SessionFixture fx;
    auto first = fx.create();
    try {
        fx.unlock("anna", test::AdminPassphrase);
        FAIL("a second session opened the database");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::InUse);
    }
    first->lock();
    CHECK(first->isLocked());
    CHECK_NOTHROW(fx.unlock("anna", test::AdminPassphrase));
}

TEST_CASE("no plaintext: a marker written through the session is in no file of the folder", "[session]")
{
    test::SessionFixture fx;
    const std::string marker = "MARKER-Ääkkönen-7731";
    {
        auto session = fx.create();
        store::SettingsTable(session->database()).setValue("note", marker);
        // Keep a journal around while checking too: a transaction in progress.
        store::Transaction transaction(session->database());
        store::SettingsTable(session->database()).setValue("note2", marker + marker);
        for (const auto& entry : std::filesystem::directory_iterator(fx.folder.path())) {
            CHECK_FALSE(test::fileContains(entry.path(), marker));
        }
    }
    for (const auto& entry : std::filesystem::directory_iterator(fx.folder.path())) {
        INFO(entry.path());
        CHECK_FALSE(test::fileContains(entry.path(), marker));
        CHECK_FALSE(test::fileContains(entry.path(), "anna"));
    }
    auto session = fx.unlock("anna", test::AdminPassphrase);
    CHECK(store::SettingsTable(session->database()).value("note") == marker);
}

TEST_CASE("the automatic lock time defaults to ten minutes and is kept in the database", "[session]")
{
    test::SessionFixture fx;
    {
        auto session = fx.create();
        CHECK(session->autoLockAfter() == std::chrono::minutes(10));
        session->setAutoLockAfter(std::chrono::minutes(3));
        CHECK_THROWS_AS(session->setAutoLockAfter(std::chrono::minutes(0)), Error);
    }
    CHECK(fx.unlock("anna", test::AdminPassphrase)->autoLockAfter() == std::chrono::minutes(3));
}

TEST_CASE("locking closes the database and wipes the key", "[session]")
{
    test::SessionFixture fx;
    auto session = fx.create();
    REQUIRE_FALSE(session->keyRing().dataKey().empty());
    session->lock();
    CHECK(session->isLocked());
    CHECK(session->keyRing().dataKey().empty());
}
