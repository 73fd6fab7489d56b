#include "Error.h"
#include "TestSupport.h"
#include "crypto/Random.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"

#include <catch2/catch.hpp>

using namespace majakka;
using majakka::store::Database;

namespace {
// The schema as SQLite describes it, to compare databases reached by different paths.
std::string schemaOf(Database& db)
{
    auto query = db.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name");
    std::string out;
    while (query.step()) {
        out += query.columnText(0) + " " + query.columnText(1) + " " + query.columnText(2) + "\n";
    }
    return out;
}
} // namespace

TEST_CASE("migrating from every earlier version gives the schema of a new database", "[store][schema]")
{
    test::TemporaryFolder folder;
    std::string fresh;
    {
        Database db = Database::open(folder / "fresh.db", crypto::randomSecret(32), Database::Mode::Create);
        store::migrate(db);
        CHECK(db.userVersion() == store::latestSchemaVersion());
        fresh = schemaOf(db);
    }
    for (int start = 0; start < store::latestSchemaVersion(); ++start) {
        INFO("from version " << start);
        const auto path = folder / ("from" + std::to_string(start) + ".db");
        const crypto::Secret key = crypto::randomSecret(32);
        {
            Database db = Database::open(path, key, Database::Mode::Create);
            store::migrate(db, start);
            CHECK(db.userVersion() == start);
        }
        Database db = Database::open(path, key, Database::Mode::OpenExisting);
        store::migrate(db);
        CHECK(db.userVersion() == store::latestSchemaVersion());
        CHECK(schemaOf(db) == fresh);
    }
}

TEST_CASE("migrating twice changes nothing", "[store][schema]")
{
    test::TemporaryFolder folder;
    Database db = Database::open(folder / "a.db", crypto::randomSecret(32), Database::Mode::Create);
    store::migrate(db);
    const std::string once = schemaOf(db);
    store::migrate(db);
    CHECK(schemaOf(db) == once);
}

TEST_CASE("a database from a newer Majakka is refused, not damaged", "[store][schema]")
{
    test::TemporaryFolder folder;
    Database db = Database::open(folder / "a.db", crypto::randomSecret(32), Database::Mode::Create);
    store::migrate(db);
    db.setUserVersion(store::latestSchemaVersion() + 1);
    try {
        store::migrate(db);
        FAIL("a newer schema was accepted");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Invalid);
        CHECK(std::string(error.what()).find("newer version of Majakka") != std::string::npos);
    }
    CHECK(db.userVersion() == store::latestSchemaVersion() + 1);
}
