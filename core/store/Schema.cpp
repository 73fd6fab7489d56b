#include "store/Schema.h"

#include "Error.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <array>
#include <string>

namespace majakka::store {

namespace {

// Each entry takes the schema from version N to N+1. Shipped entries never
// change; a new release appends one.
constexpr std::array<const char*, 2> Migrations {
    // 1: the database's identity (checked against its key header) and its users.
    R"sql(
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY NOT NULL,
            value BLOB NOT NULL
        );
        CREATE TABLE users (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role       TEXT NOT NULL CHECK (role IN ('administrator', 'supervisor', 'office_worker', 'caseworker')),
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
    )sql",
    // 2: settings that belong to the database rather than the machine (auto-lock time),
    // since QSettings is plaintext on disk.
    R"sql(
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
    )sql",
};

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(Migrations.size());
}

void migrate(Database& database, int target)
{
    const int current = database.userVersion();
    if (current > latestSchemaVersion()) {
        throw Error(ErrorCode::Invalid,
                    "the database " + database.path().string()
                        + " was made by a newer version of Majakka (schema " + std::to_string(current)
                        + "); update Majakka to open it");
    }
    for (int version = current; version < target; ++version) {
        Transaction transaction(database);
        database.exec(Migrations[static_cast<std::size_t>(version)]);
        database.setUserVersion(version + 1);
        transaction.commit();
    }
}

} // namespace majakka::store
