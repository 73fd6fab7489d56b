#include "Error.h"
#include "FixedClock.h"
#include "TestSupport.h"
#include "crypto/Random.h"
#include "store/Database.h"
#include "store/OperationLog.h"
#include "store/Schema.h"
#include "store/Statement.h"

#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::store;

namespace {
struct Replica
{
    test::TemporaryFolder folder;
    test::FixedClock clock;
    Database database = makeDatabase(folder);
    OperationLog log {database, clock};

    static Database makeDatabase(const test::TemporaryFolder& folder)
    {
        Database db = Database::open(folder / "r.db", crypto::randomSecret(32), Database::Mode::Create);
        migrate(db);
        return db;
    }

    std::optional<std::string> value(const Id& record, const std::string& field)
    {
        const auto fields = log.fields(record);
        const auto found = fields.find(field);
        return found == fields.end() ? std::nullopt : found->second;
    }
};
} // namespace

TEST_CASE("one operation per changed field, and unchanged fields write nothing", "[store][oplog]")
{
    Replica r;
    const Id client = Id::random();
    auto written
        = r.log.write(client, "client", {{"family_name", "\"Virtanen\""}, {"office", "\"oulu\""}}, "kaisa");
    CHECK(written.size() == 2);
    written = r.log.write(
        client, "client", {{"family_name", "\"Virtanen\""}, {"office", "\"tampere\""}}, "kaisa");
    REQUIRE(written.size() == 1);
    CHECK(written[0].field == "office");
    CHECK(written[0].supersedes.size() == 1);
    CHECK(r.value(client, "office") == "\"tampere\"");
    CHECK(r.log.operations(client).size() == 3);
    CHECK(r.log.recordType(client) == "client");
    CHECK(r.log.conflicts().empty());
}

TEST_CASE("operations cannot be changed or removed, even with SQL", "[store][oplog]")
{
    Replica r;
    r.log.write(Id::random(), "client", {{"office", "\"oulu\""}}, "kaisa");
    CHECK_THROWS_AS(r.database.exec("UPDATE operations SET value = '\"x\"'"), Error);
    CHECK_THROWS_AS(r.database.exec("DELETE FROM operations"), Error);
}

TEST_CASE("a record keeps its type", "[store][oplog]")
{
    Replica r;
    const Id record = Id::random();
    r.log.write(record, "client", {{"office", "\"oulu\""}}, "kaisa");
    CHECK_THROWS_AS(r.log.write(record, "referral", {{"date", "\"2026-01-01\""}}, "kaisa"), Error);
}

TEST_CASE("concurrent edits of one field become a conflict that keeps both, in any order", "[store][oplog]")
{
    Replica a;
    Replica b;
    b.clock.advance(std::chrono::milliseconds(10));
    const Id client = Id::random();
    const auto base = a.log.write(client, "client", {{"office", "\"oulu\""}}, "anna");
    REQUIRE(b.log.apply(base[0]));
    const auto fromA = a.log.write(client, "client", {{"office", "\"tampere\""}}, "anna");
    const auto fromB = b.log.write(client, "client", {{"office", "\"helsinki\""}}, "kaisa");

    // Exchange in opposite orders; apply twice to show repeats change nothing.
    CHECK(a.log.apply(fromB[0]));
    CHECK_FALSE(a.log.apply(fromB[0]));
    CHECK(b.log.apply(fromA[0]));

    for (Replica* r : {&a, &b}) {
        CHECK(r->log.heads(client, "office").size() == 2);
        REQUIRE(r->log.conflicts().size() == 1);
        // The shown value is the head with the highest HLC: B wrote 10 ms later.
        CHECK(r->value(client, "office") == "\"helsinki\"");
    }

    // Resolving is an edit that supersedes both heads; it syncs like any other.
    const auto resolution = a.log.write(client, "client", {{"office", "\"tampere\""}}, "anna");
    REQUIRE(resolution.size() == 1);
    CHECK(resolution[0].supersedes.size() == 2);
    CHECK(b.log.apply(resolution[0]));
    CHECK(a.log.conflicts().empty());
    CHECK(b.log.conflicts().empty());
    CHECK(b.value(client, "office") == "\"tampere\"");
}

TEST_CASE("an operation that arrives after the one superseding it does not come back", "[store][oplog]")
{
    Replica a;
    Replica b;
    const Id client = Id::random();
    const auto first = a.log.write(client, "client", {{"office", "\"oulu\""}}, "anna");
    const auto second = a.log.write(client, "client", {{"office", "\"tampere\""}}, "anna");
    CHECK(b.log.apply(second[0]));
    CHECK(b.log.apply(first[0]));
    CHECK(b.log.heads(client, "office").size() == 1);
    CHECK(b.value(client, "office") == "\"tampere\"");
}

TEST_CASE("a delete supersedes the fields it saw, and an edit it did not see stays", "[store][oplog]")
{
    Replica a;
    Replica b;
    const Id client = Id::random();
    for (const auto& op :
         a.log.write(client, "client", {{"office", "\"oulu\""}, {"gender", "\"female\""}}, "anna")) {
        b.log.apply(op);
    }
    const Operation removal = a.log.remove(client, "client", "anna");
    CHECK(a.log.isDeleted(client));
    CHECK(a.log.fields(client).size() == 1); // only the reserved field is left
    const auto edit = b.log.write(client, "client", {{"office", "\"helsinki\""}}, "kaisa");

    CHECK(b.log.apply(removal));
    CHECK(a.log.apply(edit[0]));
    for (Replica* r : {&a, &b}) {
        CHECK(r->log.isDeleted(client));
        CHECK(r->value(client, "office") == "\"helsinki\""); // the unseen edit is kept, not lost
        CHECK_FALSE(r->value(client, "gender").has_value());
    }
}

TEST_CASE("values survive closing and opening the database, and the clock goes on", "[store][oplog]")
{
    test::TemporaryFolder folder;
    const crypto::Secret key = crypto::randomSecret(32);
    test::FixedClock clock;
    const Id client = Id::random();
    std::uint64_t lastHlc = 0;
    {
        Database db = Database::open(folder / "a.db", key, Database::Mode::Create);
        migrate(db);
        OperationLog log(db, clock);
        lastHlc = log.write(client, "client", {{"office", "\"oulu\""}}, "anna")[0].hlc;
    }
    clock.advance(std::chrono::milliseconds(-3'600'000)); // the laptop's clock went back an hour
    Database db = Database::open(folder / "a.db", key, Database::Mode::OpenExisting);
    OperationLog log(db, clock);
    CHECK(log.fields(client).at("office") == "\"oulu\"");
    CHECK(log.write(client, "client", {{"office", "\"oulu2\""}}, "anna")[0].hlc > lastHlc);
}
