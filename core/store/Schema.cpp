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
constexpr std::array<const char*, 4> Migrations {
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
    // 3: the operation log (every field write, append-only), the current values
    // made from it, and the hash-chained audit log. The site id names this
    // database among the replicas it syncs with; it is no secret.
    R"sql(
        CREATE TABLE operations (
            op_id       BLOB PRIMARY KEY NOT NULL,
            record_id   BLOB NOT NULL,
            record_type TEXT NOT NULL,
            field       TEXT NOT NULL,
            value       TEXT,
            hlc         INTEGER NOT NULL,
            site_id     BLOB NOT NULL,
            author      TEXT NOT NULL,
            supersedes  BLOB NOT NULL
        );
        CREATE INDEX operations_by_field ON operations (record_id, field);
        CREATE TABLE supersessions (
            superseded BLOB NOT NULL,
            by_op      BLOB NOT NULL,
            PRIMARY KEY (superseded, by_op)
        );
        CREATE TABLE records (
            record_id   BLOB PRIMARY KEY NOT NULL,
            record_type TEXT NOT NULL
        );
        CREATE INDEX records_by_type ON records (record_type);
        CREATE TABLE field_values (
            record_id BLOB NOT NULL,
            field     TEXT NOT NULL,
            value     TEXT,
            op_id     BLOB NOT NULL,
            heads     INTEGER NOT NULL,
            PRIMARY KEY (record_id, field)
        );
        CREATE INDEX field_values_conflicts ON field_values (heads) WHERE heads > 1;
        CREATE TRIGGER operations_are_append_only_update BEFORE UPDATE ON operations
            BEGIN SELECT RAISE(ABORT, 'operations cannot be changed'); END;
        CREATE TRIGGER operations_are_append_only_delete BEFORE DELETE ON operations
            BEGIN SELECT RAISE(ABORT, 'operations cannot be removed'); END;

        CREATE TABLE audit_log (
            seq           INTEGER PRIMARY KEY NOT NULL,
            at            TEXT NOT NULL,
            user          TEXT NOT NULL,
            action        TEXT NOT NULL,
            record_id     BLOB,
            detail        TEXT NOT NULL,
            previous_hash BLOB NOT NULL,
            hash          BLOB NOT NULL
        );
        CREATE INDEX audit_log_by_record ON audit_log (record_id) WHERE record_id IS NOT NULL;
        CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
        CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;

        INSERT INTO meta (key, value) VALUES ('site_id', randomblob(16));
    )sql",
    // 4: what client lists and search read, kept by the client write path from
    // the current values, so a list never parses every record. FTS4 with
    // unicode61 and remove_diacritics finds "Ääkkönen" by "aakkonen".
    R"sql(
        CREATE TABLE client_summaries (
            id          INTEGER PRIMARY KEY,
            record_id   BLOB NOT NULL UNIQUE,
            number      TEXT NOT NULL,
            given_names TEXT NOT NULL,
            family_name TEXT NOT NULL,
            kind        TEXT NOT NULL,
            office      TEXT NOT NULL,
            worker      TEXT NOT NULL,
            ended       INTEGER NOT NULL
        );
        CREATE INDEX client_summaries_by_worker ON client_summaries (worker);
        CREATE INDEX client_summaries_by_office ON client_summaries (office);
        CREATE INDEX client_summaries_by_number ON client_summaries (number);
        CREATE VIRTUAL TABLE client_search USING fts4 (
            names, identifiers, tokenize=unicode61 "remove_diacritics=1"
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
