#include "Error.h"
#include "SessionFixture.h"
#include "session/UserAdministration.h"
#include "store/KeyHeader.h"
#include "store/SettingsTable.h"

#include <catch2/catch.hpp>

using namespace majakka;

namespace {
ErrorCode codeOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.code();
    }
    FAIL("no error was thrown");
    return ErrorCode::Internal;
}
} // namespace

TEST_CASE("two users each open the same database with their own passphrase", "[session][users]")
{
    test::SessionFixture fx;
    {
        auto session = fx.create();
        UserAdministration(*session).addUser(
            "Kaisa", domain::Role::Caseworker, "kaisa passphrase", test::CheapKdf);
        store::SettingsTable(session->database()).setValue("shared", "visible to both");
    }
    auto kaisa = fx.unlock("kaisa", "kaisa passphrase");
    CHECK(kaisa->user().name == "Kaisa");
    CHECK(kaisa->user().role == domain::Role::Caseworker);
    CHECK(store::SettingsTable(kaisa->database()).value("shared") == "visible to both");
    kaisa.reset();
    CHECK(fx.unlock("anna", test::AdminPassphrase)->user().name == "anna");
}

TEST_CASE("a passphrase change rewrites one slot and keeps all data", "[session][users]")
{
    test::SessionFixture fx;
    std::vector<std::uint8_t> databaseBefore;
    {
        auto session = fx.create();
        UserAdministration(*session).addUser(
            "kaisa", domain::Role::Caseworker, "kaisa passphrase", test::CheapKdf);
        store::SettingsTable(session->database()).setValue("record", "kept");
    }
    databaseBefore = test::readBytes(fx.database);
    {
        auto session = fx.unlock("anna", test::AdminPassphrase);
        UserAdministration(*session).changeOwnPassphrase("a brand new passphrase", test::CheapKdf);
    }
    // Nothing re-encrypted: only the pages of the two audit entries (sign-in and
    // passphrase change) and the header page differ; re-encryption would change all.
    const auto databaseAfter = test::readBytes(fx.database);
    CHECK(databaseAfter.size() / store::Database::PageSize > 8);
    CHECK(test::changedPages(databaseBefore, databaseAfter, store::Database::PageSize) <= 4);
    CHECK(codeOf([&] { fx.unlock("anna", test::AdminPassphrase); }) == ErrorCode::Authentication);
    auto session = fx.unlock("anna", "a brand new passphrase");
    CHECK(store::SettingsTable(session->database()).value("record") == "kept");
    session.reset();
    CHECK_NOTHROW(fx.unlock("kaisa", "kaisa passphrase"));
}

TEST_CASE("a renamed user signs in with the new name and the old passphrase", "[session][users]")
{
    test::SessionFixture fx;
    {
        auto session = fx.create();
        UserAdministration users(*session);
        users.addUser("kaisa", domain::Role::Caseworker, "kaisa passphrase", test::CheapKdf);
        users.renameUser("kaisa", "Kaisa Mäkelä");
    }
    CHECK(fx.unlock("kaisa mäkelä", "kaisa passphrase")->user().name == "Kaisa Mäkelä");
    CHECK(codeOf([&] { fx.unlock("kaisa", "kaisa passphrase"); }) == ErrorCode::Authentication);
}

TEST_CASE("a removed user can no longer sign in", "[session][users]")
{
    test::SessionFixture fx;
    {
        auto session = fx.create();
        UserAdministration users(*session);
        users.addUser("kaisa", domain::Role::Caseworker, "kaisa passphrase", test::CheapKdf);
        users.removeUser("KAISA");
        CHECK(users.users().size() == 1);
    }
    CHECK(codeOf([&] { fx.unlock("kaisa", "kaisa passphrase"); }) == ErrorCode::Authentication);
    CHECK(store::KeyHeader::read(fx.header).passphraseSlots.size() == 1);
}

TEST_CASE("user administration keeps its rules", "[session][users]")
{
    test::SessionFixture fx;
    {
        auto session = fx.create();
        UserAdministration users(*session);
        users.addUser("kaisa", domain::Role::Caseworker, "kaisa passphrase", test::CheapKdf);
        CHECK(codeOf([&] {
                  users.addUser("Kaisa", domain::Role::Supervisor, "another passphrase", test::CheapKdf);
              })
              == ErrorCode::Invalid);
        CHECK(codeOf([&] { users.removeUser("anna"); }) == ErrorCode::Invalid); // yourself
        CHECK(codeOf([&] { users.removeUser("nobody"); }) == ErrorCode::NotFound);
        CHECK(codeOf([&] { users.renameUser("kaisa", "ANNA"); }) == ErrorCode::Invalid);
        CHECK(codeOf([&] { users.addUser("pekka", domain::Role::Caseworker, "short", test::CheapKdf); })
              == ErrorCode::Invalid);
    }
    auto kaisa = fx.unlock("kaisa", "kaisa passphrase");
    UserAdministration users(*kaisa);
    CHECK(
        codeOf([&] { users.addUser("pekka", domain::Role::Caseworker, "pekka passphrase", test::CheapKdf); })
        == ErrorCode::Permission);
    CHECK(codeOf([&] { users.removeUser("anna"); }) == ErrorCode::Permission);
    CHECK(codeOf([&] { users.resetPassphrase("anna", "taken over now", test::CheapKdf); })
          == ErrorCode::Permission);
    // Everyone may change their own passphrase.
    CHECK_NOTHROW(users.changeOwnPassphrase("kaisa's new passphrase", test::CheapKdf));
}

TEST_CASE("the last administrator cannot be removed", "[session][users]")
{
    test::SessionFixture fx;
    auto session = fx.create();
    UserAdministration users(*session);
    users.addUser("ville", domain::Role::Administrator, "ville passphrase", test::CheapKdf);
    session.reset();
    auto ville = fx.unlock("ville", "ville passphrase");
    UserAdministration asVille(*ville);
    asVille.removeUser("anna");
    CHECK(asVille.users().size() == 1);
    CHECK(codeOf([&] { asVille.removeUser("ville"); }) == ErrorCode::Invalid);
}

TEST_CASE("an administrator changes a user's role, never their own nor the last administrator's",
          "[session][users]")
{
    test::SessionFixture fx;
    {
        auto session = fx.create();
        UserAdministration users(*session);
        users.addUser("kaisa", domain::Role::Caseworker, "kaisa passphrase", test::CheapKdf);
        users.setRole("kaisa", domain::Role::OfficeWorker);
        CHECK(codeOf([&] { users.setRole("anna", domain::Role::Caseworker); }) == ErrorCode::Invalid);
        CHECK(codeOf([&] { users.setRole("nobody", domain::Role::Caseworker); }) == ErrorCode::NotFound);
        const auto audit = session->auditLog().latest(1);
        REQUIRE(audit.size() == 1);
        CHECK(audit.back().action == "user.role");
        CHECK(audit.back().detail == "kaisa -> office_worker");
    }
    {
        auto kaisa = fx.unlock("kaisa", "kaisa passphrase");
        CHECK(kaisa->user().role == domain::Role::OfficeWorker);
        CHECK(codeOf([&] { UserAdministration(*kaisa).setRole("anna", domain::Role::Caseworker); })
              == ErrorCode::Permission);
    }
    UserAdministration(*fx.unlock("anna", test::AdminPassphrase))
        .setRole("kaisa", domain::Role::Administrator);
    auto kaisa = fx.unlock("kaisa", "kaisa passphrase");
    // Two administrators: one of them may become something else, through the other.
    UserAdministration(*kaisa).setRole("anna", domain::Role::Supervisor);
    CHECK(codeOf([&] { UserAdministration(*kaisa).setRole("kaisa", domain::Role::Caseworker); })
          == ErrorCode::Invalid);
}

TEST_CASE("only an administrator changes the automatic lock time", "[session][users]")
{
    test::SessionFixture fx;
    {
        auto session = fx.create();
        UserAdministration(*session).addUser(
            "kaisa", domain::Role::Caseworker, "kaisa passphrase", test::CheapKdf);
    }
    auto kaisa = fx.unlock("kaisa", "kaisa passphrase");
    CHECK(codeOf([&] { kaisa->setAutoLockAfter(std::chrono::minutes(60)); }) == ErrorCode::Permission);
    CHECK(kaisa->autoLockAfter() == std::chrono::minutes(10));
}
