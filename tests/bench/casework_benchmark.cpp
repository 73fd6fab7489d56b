// majakka-bench-casework: what the client write path, search and record loading
// cost on a database of synthetic clients. Run by hand; prints figures.
//
//   build/tests/bench/majakka-bench-casework [--clients N]   (default 10000)
#include "Clock.h"
#include "casework/ClientService.h"
#include "casework/ClientTables.h"
#include "casework/DemoGenerator.h"
#include "crypto/Random.h"
#include "domain/ClientJson.h"
#include "session/Session.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <sqlite3.h>
#include <string>
#include <vector>

using namespace majakka;
using Stopwatch = std::chrono::steady_clock;

namespace {

double msSince(Stopwatch::time_point start)
{
    return std::chrono::duration<double, std::milli>(Stopwatch::now() - start).count();
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

std::size_t parseClients(int argc, char** argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::string(argv[i]) == "--clients") {
            return static_cast<std::size_t>(std::stoul(argv[i + 1]));
        }
    }
    return 10000;
}

// The tables the client write path fills.
std::vector<std::string> writtenTables()
{
    std::vector<std::string> tables {"operations",
                                     "supersessions",
                                     "records",
                                     "field_values",
                                     "audit_log",
                                     "client_summaries",
                                     "client_search"};
    for (const char* table : ClientTables::tableNames()) {
        tables.emplace_back(table);
    }
    return tables;
}

sqlite3_stmt* prepared(sqlite3* db, const std::string& sql)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "cannot prepare %s: %s\n", sql.c_str(), sqlite3_errmsg(db));
        std::exit(1);
    }
    return statement;
}

// Streams every row of the written tables from `from` into `to` (or, without
// `to`, only reads them) with one prepared insert per table. Returns the rows.
std::size_t copyRows(sqlite3* from, sqlite3* to)
{
    std::size_t count = 0;
    for (const std::string& table : writtenTables()) {
        const bool fts = table == "client_search";
        sqlite3_stmt* select
            = prepared(from, "SELECT " + std::string(fts ? "docid, " : "") + "* FROM " + table);
        const int columns = sqlite3_column_count(select);
        sqlite3_stmt* insert = nullptr;
        if (to) {
            std::string sql
                = "INSERT OR FAIL INTO " + table + (fts ? " (docid, names, identifiers)" : "") + " VALUES (";
            for (int c = 0; c < columns; ++c) {
                sql += c == 0 ? "?" : ", ?";
            }
            insert = prepared(to, sql + ")");
        }
        while (sqlite3_step(select) == SQLITE_ROW) {
            ++count;
            if (!insert) {
                continue;
            }
            for (int c = 0; c < columns; ++c) {
                sqlite3_bind_value(insert, c + 1, sqlite3_column_value(select, c));
            }
            if (sqlite3_step(insert) != SQLITE_DONE) {
                std::fprintf(stderr, "cannot insert into %s: %s\n", table.c_str(), sqlite3_errmsg(to));
                std::exit(1);
            }
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        sqlite3_finalize(select);
    }
    return count;
}

} // namespace

int main(int argc, char** argv)
{
    const std::size_t count = parseClients(argc, argv);
    const auto folder
        = std::filesystem::temp_directory_path() / ("majakka-bench-" + crypto::toHex(crypto::randomBytes(6)));
    std::filesystem::create_directories(folder);
    const auto path = folder / "casework.db";
    const domain::Date today = domain::Date::fromTimePoint(Clock::system().now());

    auto session = Session::create(path, "admin", "benchmark passphrase", crypto::KdfParams::forTests());
    ClientService clients(*session);

    auto start = Stopwatch::now();
    auto records = DemoGenerator::generateClients(count, 1, today, {"caseworker"});
    const double generateMs = msSince(start);
    const std::size_t split = DemoGenerator::firstChild(records);
    std::vector<domain::ClientRecord> adults(records.begin(),
                                             records.begin() + static_cast<std::ptrdiff_t>(split));
    std::vector<domain::ClientRecord> children(records.begin() + static_cast<std::ptrdiff_t>(split),
                                               records.end());

    start = Stopwatch::now();
    const auto storedAdults = clients.importAll(adults);
    DemoGenerator::linkChildren(children, storedAdults);
    clients.importAll(children);
    const double writeMs = msSince(start);

    // The same rows, inserted bare: every row the write path left in the tables
    // it writes, inserted into a second new database with one prepared
    // statement per table and no logic at all (no rules, no JSON, no lookups,
    // no hashing), in one transaction. The ratio is the write path's overhead.
    // Reading the rows alone, so that it can be taken off the copy's time.
    start = Stopwatch::now();
    const std::size_t rowCount = copyRows(session->database().handle(), nullptr);
    const double readMs = msSince(start);
    double bareMs = 0;
    {
        store::Database bare = store::Database::open(
            folder / "bare.db", crypto::randomSecret(32), store::Database::Mode::Create);
        store::migrate(bare);
        start = Stopwatch::now();
        store::Transaction transaction(bare);
        copyRows(session->database().handle(), bare.handle());
        transaction.commit();
        bareMs = msSince(start) - readMs;
    }

    // Search: prefixes of family names, as typed, 50 hits at most.
    std::mt19937 random(7);
    std::vector<double> searchMs;
    for (int i = 0; i < 200; ++i) {
        const auto& name = records[random() % records.size()].person.familyName;
        const std::string typed = name.substr(0, std::min<std::size_t>(name.size(), 3 + i % 3));
        start = Stopwatch::now();
        ClientFilter filter;
        filter.search = typed;
        filter.limit = 50;
        const auto hits = clients.list(filter);
        searchMs.push_back(msSince(start));
    }
    // Loading one full record (show: load, role check, audit entry).
    std::vector<double> loadMs;
    for (int i = 0; i < 200; ++i) {
        const auto& id = storedAdults[random() % storedAdults.size()].id;
        start = Stopwatch::now();
        clients.show(id);
        loadMs.push_back(msSince(start));
    }
    session.reset();
    const auto size = std::filesystem::file_size(path);

    std::printf("Majakka casework benchmark: %zu synthetic clients (seed 1)\n\n", count);
    std::printf("%-44s %10.1f ms\n", "generate the records", generateMs);
    std::printf("%-44s %10.1f ms  (%.2f ms per client)\n",
                "write path (validate, operations, index, audit)",
                writeMs,
                writeMs / static_cast<double>(count));
    std::printf("%-44s %10.1f ms  (%zu rows)\n", "bare insert of the same rows", bareMs, rowCount);
    std::printf("%-44s %10.1f x   target <= 2x  %s\n",
                "write path / bare insert",
                writeMs / bareMs,
                writeMs / bareMs <= 2.0 ? "PASS" : "MISS");
    std::printf("%-44s %10.2f ms median, %.2f ms p95   target < 50 ms  %s\n",
                "search, first 50 hits",
                percentile(searchMs, 0.5),
                percentile(searchMs, 0.95),
                percentile(searchMs, 0.95) < 50 ? "PASS" : "MISS");
    std::printf("%-44s %10.2f ms median, %.2f ms p95   target < 20 ms  %s\n",
                "load one full record",
                percentile(loadMs, 0.5),
                percentile(loadMs, 0.95),
                percentile(loadMs, 0.5) < 20 ? "PASS" : "MISS");
    std::printf("%-44s %10.1f KiB per client (%.1f MiB in all)\n",
                "database size",
                static_cast<double>(size) / 1024.0 / static_cast<double>(count),
                static_cast<double>(size) / 1024.0 / 1024.0);
    std::filesystem::remove_all(folder);
    return 0;
}
