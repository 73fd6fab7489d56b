#include "Error.h"
#include "TestSupport.h"
#include "crypto/Random.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <future>
#include <thread>

using namespace majakka;
using majakka::store::Database;

namespace {
void writeMarker(Database& db, const std::string& marker)
{
    db.exec("CREATE TABLE note(text TEXT)");
    db.prepare("INSERT INTO note VALUES (?1)").bind(1, marker).run();
}
} // namespace

TEST_CASE("an encrypted database keeps no plaintext on disk, and a plain one would", "[store]")
{
    test::TemporaryFolder folder;
    const std::string marker = "MARKER-Virtanen-0042";
    const crypto::Secret key = crypto::randomSecret(32);
    {
        Database encrypted = Database::open(folder / "enc.db", key, Database::Mode::Create);
        writeMarker(encrypted, marker);
        Database plain = Database::open(folder / "plain.db", std::nullopt, Database::Mode::Create);
        writeMarker(plain, marker);
    }
    CHECK_FALSE(test::fileContains(folder / "enc.db", marker));
    // The control: the same write without a key is readable, so the check above can fail.
    CHECK(test::fileContains(folder / "plain.db", marker));
}

TEST_CASE("a wrong key fails at open, before any statement runs", "[store]")
{
    test::TemporaryFolder folder;
    {
        Database db = Database::open(folder / "a.db", crypto::randomSecret(32), Database::Mode::Create);
        db.exec("CREATE TABLE t(x)");
    }
    const std::string before = test::fileHash(folder / "a.db");
    try {
        Database::open(folder / "a.db", crypto::randomSecret(32), Database::Mode::OpenExisting);
        FAIL("a wrong key opened the database");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Damaged);
    }
    CHECK(test::fileHash(folder / "a.db") == before);
}

TEST_CASE("a second connection gets 'in use by another program', not a hang", "[store]")
{
    test::TemporaryFolder folder;
    const crypto::Secret key = crypto::randomSecret(32);
    Database first = Database::open(folder / "a.db", key, Database::Mode::Create);
    first.exec("CREATE TABLE t(x)");
    try {
        Database::open(folder / "a.db", key, Database::Mode::OpenExisting);
        FAIL("a second connection opened the database");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::InUse);
        CHECK(std::string(error.what()).find("in use by another program") != std::string::npos);
    }
    first.close();
    CHECK_NOTHROW(Database::open(folder / "a.db", key, Database::Mode::OpenExisting));
}

TEST_CASE("creating over an existing file and opening a missing one are refused", "[store]")
{
    test::TemporaryFolder folder;
    test::writeBytes(folder / "exists.db", {1, 2, 3});
    CHECK_THROWS_AS(Database::open(folder / "exists.db", crypto::randomSecret(32), Database::Mode::Create),
                    Error);
    CHECK(test::readBytes(folder / "exists.db") == std::vector<std::uint8_t> {1, 2, 3});
    try {
        Database::open(folder / "missing.db", crypto::randomSecret(32), Database::Mode::OpenExisting);
        FAIL("opened a missing database");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::NotFound);
    }
}

TEST_CASE("a transaction not committed leaves nothing behind", "[store]")
{
    test::TemporaryFolder folder;
    Database db = Database::open(folder / "a.db", crypto::randomSecret(32), Database::Mode::Create);
    db.exec("CREATE TABLE t(x)");
    {
        store::Transaction transaction(db);
        db.exec("INSERT INTO t VALUES (1)");
    }
    auto count = db.prepare("SELECT count(*) FROM t");
    count.step();
    CHECK(count.columnInt(0) == 0);
}

TEST_CASE("the database file and its journal are readable by the owner only", "[store]")
{
    test::TemporaryFolder folder;
    Database db = Database::open(folder / "a.db", crypto::randomSecret(32), Database::Mode::Create);
    db.exec("CREATE TABLE t(x)");
    const auto perms = std::filesystem::status(folder / "a.db").permissions();
    CHECK((perms & (std::filesystem::perms::group_all | std::filesystem::perms::others_all))
          == std::filesystem::perms::none);
}

TEST_CASE("two threads use one connection in turn: a reader waits for a transaction to end",
          "[store][threads]")
{
    test::TemporaryFolder folder;
    Database db = Database::open(folder / "t.db", crypto::randomSecret(32), Database::Mode::Create);
    db.exec("CREATE TABLE t(x)");

    std::promise<void> inside;
    std::atomic<bool> rolledBack {false};
    std::thread writer([&] {
        store::Transaction transaction(db);
        db.prepare("INSERT INTO t VALUES (1)").run();
        inside.set_value();
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        rolledBack = true;
        // No commit: the row goes again.
    });
    inside.get_future().wait();
    // Without the hold this read would run inside the writer's transaction and count its row.
    store::Statement count(db, "SELECT count(*) FROM t");
    CHECK(rolledBack);
    REQUIRE(count.step());
    CHECK(count.columnInt(0) == 0);
    writer.join();
}

TEST_CASE("a statement running on another thread stops when the database is interrupted", "[store][threads]")
{
    test::TemporaryFolder folder;
    Database db = Database::open(folder / "t.db", crypto::randomSecret(32), Database::Mode::Create);
    std::promise<void> started;
    std::optional<ErrorCode> failure;
    std::atomic<bool> done {false};
    std::thread reader([&] {
        try {
            // Counts far beyond what finishes in a test's time.
            store::Statement endless(db,
                                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                                     "SELECT count(*) FROM n WHERE ?1 = 1 OR i = 0");
            endless.bind(1, 1);
            started.set_value();
            endless.step();
        } catch (const Error& error) {
            failure = error.code();
        }
        done = true;
    });
    started.get_future().wait();
    // An interrupt reaches only a statement already stepping, so it is repeated until one has.
    while (!done) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        db.interrupt();
    }
    reader.join();
    REQUIRE(failure);
    CHECK(*failure == ErrorCode::Usage);
    // The connection is usable afterwards.
    CHECK(db.userVersion() == 0);
}
