#include "Error.h"
#include "FixedClock.h"
#include "SessionFixture.h"
#include "audit/AuditLog.h"
#include "crypto/Random.h"
#include "session/UserAdministration.h"
#include "session/Verification.h"
#include "store/Schema.h"
#include "store/Statement.h"

#include <catch2/catch.hpp>

using namespace majakka;
using majakka::audit::AuditLog;

namespace {
struct AuditFixture
{
    test::TemporaryFolder folder;
    test::FixedClock clock;
    store::Database database = open(folder);
    AuditLog log {database, clock};

    static store::Database open(const test::TemporaryFolder& folder)
    {
        auto db
            = store::Database::open(folder / "a.db", crypto::randomSecret(32), store::Database::Mode::Create);
        store::migrate(db);
        return db;
    }
};
} // namespace

TEST_CASE("each entry carries the hash of the one before it", "[audit]")
{
    AuditFixture fx;
    const store::Id client = store::Id::random();
    const auto first = fx.log.append("kaisa", "client.view", client, {});
    fx.clock.advance(std::chrono::seconds(5));
    const auto second = fx.log.append("kaisa", "client.update", client, "office");
    CHECK(first.sequence == 1);
    CHECK(first.previousHash == crypto::Bytes(32, 0));
    CHECK(second.previousHash == first.hash);
    CHECK(fx.log.head() == second.hash);
    CHECK(fx.log.forRecord(client).size() == 2);
    CHECK(fx.log.forRecord(client)[1].at == "2026-11-18T11:06:45Z");
    CHECK_FALSE(fx.log.firstBreak());
}

TEST_CASE("the audit log refuses updates and deletes", "[audit]")
{
    AuditFixture fx;
    fx.log.append("kaisa", "client.view", store::Id::random(), {});
    CHECK_THROWS_AS(fx.database.exec("UPDATE audit_log SET user = 'someone else'"), Error);
    CHECK_THROWS_AS(fx.database.exec("DELETE FROM audit_log"), Error);
}

TEST_CASE("an altered or removed entry is named as the first broken one", "[audit]")
{
    AuditFixture fx;
    for (int i = 0; i < 6; ++i) {
        fx.log.append("kaisa", "client.view", store::Id::random(), std::to_string(i));
    }
    // Bypass the triggers the way someone editing the file with the key would.
    fx.database.exec("DROP TRIGGER audit_log_is_append_only_update");
    fx.database.exec("DROP TRIGGER audit_log_is_append_only_delete");

    SECTION("altered content")
    {
        fx.database.exec("UPDATE audit_log SET user = 'anna' WHERE seq = 4");
        const auto broken = fx.log.firstBreak();
        REQUIRE(broken);
        CHECK(broken->sequence == 4);
    }
    SECTION("a removed entry")
    {
        fx.database.exec("DELETE FROM audit_log WHERE seq = 3");
        const auto broken = fx.log.firstBreak();
        REQUIRE(broken);
        CHECK(broken->sequence == 4);
        CHECK(broken->reason.find("missing") != std::string::npos);
    }
    SECTION("a rewritten entry with its own hash recomputed")
    {
        auto entries = fx.log.latest(10);
        auto forged = entries[1];
        forged.detail = "forged";
        const auto hash = AuditLog::entryHash(forged);
        auto update = fx.database.prepare("UPDATE audit_log SET detail = 'forged', hash = ?1 WHERE seq = 2");
        update.bind(1, crypto::ByteView(hash)).run();
        const auto broken = fx.log.firstBreak();
        REQUIRE(broken);
        CHECK(broken->sequence == 3); // the next entry no longer follows from it
    }
}

TEST_CASE("sign-ins and user changes are audited, and verify checks the chain", "[audit]")
{
    test::SessionFixture fx;
    {
        auto session = fx.create();
        UserAdministration(*session).addUser(
            "kaisa", domain::Role::Caseworker, "kaisa passphrase", test::CheapKdf);
    }
    auto session = fx.unlock("kaisa", "kaisa passphrase");
    const auto entries = session->auditLog().latest(10);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].action == "database.create");
    CHECK(entries[1].action == "user.add");
    CHECK(entries[1].user == "anna");
    CHECK(entries[2].action == "sign_in");
    CHECK(entries[2].user == "kaisa");
    session->database().exec("DROP TRIGGER audit_log_is_append_only_update");
    session->database().exec("UPDATE audit_log SET user = 'nobody' WHERE seq = 2");
    session.reset();
    const auto report = verifyDatabase(fx.database, std::string("anna"), test::AdminPassphrase);
    REQUIRE_FALSE(report.ok());
    CHECK(report.problems.front().find("audit log is broken at entry 2") != std::string::npos);
}
