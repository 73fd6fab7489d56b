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
constexpr std::array<const char*, 9> Migrations {
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
    // 5: one table per kind of record, kept by the client write path from the
    // current values (ClientTables). The operation log stays the truth; these
    // tables are what deadlines, statistics and reports query, with typed
    // columns, so nothing needs to parse 100,000 documents. Dates are ISO
    // text; lists of names (forms, needs) are space-separated vocabulary names;
    // `position` is the index in the record's list, oldest first.
    R"sql(
        CREATE TABLE clients (
            client_id          BLOB PRIMARY KEY NOT NULL,
            number             TEXT NOT NULL,
            kind               TEXT NOT NULL,
            given_names        TEXT NOT NULL,
            family_name        TEXT NOT NULL,
            birth_date         TEXT,
            gender             TEXT NOT NULL,
            personal_id        TEXT,
            citizenships       TEXT NOT NULL,
            languages          TEXT NOT NULL,
            interpreter_needed INTEGER NOT NULL,
            municipality       TEXT NOT NULL,
            wellbeing_county   TEXT NOT NULL,
            residence_status   TEXT NOT NULL,
            housing            TEXT,
            office             TEXT NOT NULL,
            worker             TEXT NOT NULL,
            parent             TEXT NOT NULL
        );
        CREATE INDEX clients_by_number ON clients (number);
        CREATE TABLE referrals (
            client_id             BLOB PRIMARY KEY NOT NULL,
            date                  TEXT NOT NULL,
            channel               TEXT NOT NULL,
            source                TEXT NOT NULL,
            emergency             INTEGER NOT NULL,
            referrer_organisation TEXT NOT NULL,
            referrer_contact      TEXT NOT NULL
        );
        CREATE TABLE admission_decisions (
            client_id      BLOB PRIMARY KEY NOT NULL,
            date           TEXT NOT NULL,
            decision       TEXT NOT NULL,
            grounds        TEXT NOT NULL,
            decider        TEXT NOT NULL,
            appeal_date    TEXT,
            appeal_court   TEXT,
            appeal_outcome TEXT,
            appeal_decided TEXT
        );
        CREATE TABLE exploitations (
            client_id        BLOB PRIMARY KEY NOT NULL,
            forms            TEXT NOT NULL,
            industry         TEXT,
            in_finland       INTEGER NOT NULL,
            country          TEXT NOT NULL,
            period_start     TEXT,
            period_end       TEXT,
            means_of_control TEXT NOT NULL,
            relation         TEXT
        );
        CREATE TABLE needs_assessments (
            client_id         BLOB PRIMARY KEY NOT NULL,
            date              TEXT NOT NULL,
            needs             TEXT NOT NULL,
            plan              TEXT NOT NULL,
            consent_date      TEXT,
            reassessment_date TEXT
        );
        CREATE TABLE support_measures (
            client_id BLOB NOT NULL,
            position  INTEGER NOT NULL,
            type      TEXT NOT NULL,
            provider  TEXT NOT NULL,
            status    TEXT NOT NULL,
            start_date TEXT NOT NULL,
            end_date   TEXT,
            urgent    INTEGER NOT NULL,
            note      TEXT NOT NULL,
            PRIMARY KEY (client_id, position)
        );
        CREATE TABLE reflection_periods (
            client_id      BLOB NOT NULL,
            position       INTEGER NOT NULL,
            start_date     TEXT NOT NULL,
            end_date       TEXT,
            granted_by     TEXT NOT NULL,
            permit_applied TEXT,
            PRIMARY KEY (client_id, position)
        );
        CREATE TABLE residence_matters (
            client_id         BLOB NOT NULL,
            position          INTEGER NOT NULL,
            kind              TEXT NOT NULL,
            date              TEXT NOT NULL,
            outcome           TEXT NOT NULL,
            decision_expected TEXT,
            decided           TEXT,
            note              TEXT NOT NULL,
            PRIMARY KEY (client_id, position)
        );
        CREATE TABLE legal_steps (
            client_id  BLOB NOT NULL,
            position   INTEGER NOT NULL,
            kind       TEXT NOT NULL,
            date       TEXT NOT NULL,
            note       TEXT NOT NULL,
            court_date TEXT,
            PRIMARY KEY (client_id, position)
        );
        CREATE TABLE contacts (
            client_id    BLOB NOT NULL,
            position     INTEGER NOT NULL,
            kind         TEXT NOT NULL,
            date         TEXT NOT NULL,
            municipality TEXT NOT NULL,
            worker       TEXT NOT NULL,
            interpreter  INTEGER NOT NULL,
            note         TEXT NOT NULL,
            PRIMARY KEY (client_id, position)
        );
        CREATE TABLE consents (
            client_id BLOB NOT NULL,
            position  INTEGER NOT NULL,
            date      TEXT NOT NULL,
            scope     TEXT NOT NULL,
            status    TEXT NOT NULL,
            PRIMARY KEY (client_id, position)
        );
        CREATE TABLE disclosures (
            client_id BLOB NOT NULL,
            position  INTEGER NOT NULL,
            date      TEXT NOT NULL,
            to_whom   TEXT NOT NULL,
            what      TEXT NOT NULL,
            basis     TEXT NOT NULL,
            PRIMARY KEY (client_id, position)
        );
        CREATE TABLE serious_threats (
            client_id       BLOB NOT NULL,
            position        INTEGER NOT NULL,
            date            TEXT NOT NULL,
            description     TEXT NOT NULL,
            police_notified TEXT,
            PRIMARY KEY (client_id, position)
        );
        CREATE TABLE ends_of_assistance (
            client_id BLOB PRIMARY KEY NOT NULL,
            date      TEXT NOT NULL,
            reason    TEXT NOT NULL,
            note      TEXT NOT NULL
        );
        CREATE TABLE reopenings (
            client_id  BLOB NOT NULL,
            position   INTEGER NOT NULL,
            date       TEXT NOT NULL,
            grounds    TEXT NOT NULL,
            ended_on   TEXT NOT NULL,
            end_reason TEXT NOT NULL,
            PRIMARY KEY (client_id, position)
        );
        -- Every dated thing a worker must act on, whatever its distance: the
        -- deadlines list is a range query on due.
        CREATE TABLE deadlines (
            client_id BLOB NOT NULL,
            kind      TEXT NOT NULL,
            due       TEXT NOT NULL
        );
        CREATE INDEX deadlines_by_client ON deadlines (client_id);
        CREATE INDEX deadlines_by_due ON deadlines (due);
        -- Clients stored before this version have no rows here yet: the client
        -- service fills the tables from the current values once, then drops this.
        INSERT INTO meta (key, value) VALUES ('client_tables_stale', x'01');
    )sql",
    // 6: the office a user works in, which scopes what an office worker sees
    // (empty: none yet, so an office worker sees no office's clients).
    R"sql(
        ALTER TABLE users ADD COLUMN office TEXT NOT NULL DEFAULT '';
    )sql",
    // 7: sync between devices (docs/sync.md). The device's own key pairs stay
    // inside the encrypted database; the devices it trusts, what each last told
    // it (its version vector, the records it holds, its audit checkpoint) and the
    // packages imported are device-local and never leave it. site_clocks is the
    // newest HLC held per site, kept by the operation log.
    R"sql(
        CREATE TABLE device_keys (
            id                INTEGER PRIMARY KEY CHECK (id = 1),
            name              TEXT NOT NULL,
            signing_private   BLOB NOT NULL,
            signing_public    BLOB NOT NULL,
            agreement_private BLOB NOT NULL,
            agreement_public  BLOB NOT NULL,
            created_at        TEXT NOT NULL
        );
        CREATE TABLE trusted_devices (
            device_id        BLOB PRIMARY KEY NOT NULL,
            name             TEXT NOT NULL,
            signing_public   BLOB NOT NULL,
            agreement_public BLOB NOT NULL,
            worker           TEXT,
            office           TEXT,
            trusted_at       TEXT NOT NULL,
            trusted_by       TEXT NOT NULL,
            revoked_at       TEXT,
            last_package_hlc INTEGER,
            holds_part       INTEGER NOT NULL DEFAULT 0,
            audit_sequence   INTEGER,
            audit_hash       BLOB
        );
        CREATE TABLE peer_vectors (
            device_id BLOB NOT NULL,
            site_id   BLOB NOT NULL,
            hlc       INTEGER NOT NULL,
            PRIMARY KEY (device_id, site_id)
        );
        CREATE TABLE peer_records (
            device_id BLOB NOT NULL,
            record_id BLOB NOT NULL,
            newest    BLOB NOT NULL,
            PRIMARY KEY (device_id, record_id)
        );
        CREATE TABLE imported_packages (
            package_id  BLOB PRIMARY KEY NOT NULL,
            sender      BLOB NOT NULL,
            created_hlc INTEGER NOT NULL,
            imported_at TEXT NOT NULL
        );
        -- Operations stamped too far ahead of this device's clock wait here
        -- instead of pulling the clock forward; each import retries them.
        CREATE TABLE quarantined_operations (
            op_id     BLOB PRIMARY KEY NOT NULL,
            record_id BLOB NOT NULL,
            site_id   BLOB NOT NULL,
            hlc       INTEGER NOT NULL,
            operation BLOB NOT NULL
        );
        CREATE TABLE site_clocks (
            site_id BLOB PRIMARY KEY NOT NULL,
            hlc     INTEGER NOT NULL
        );
        -- How far this database holds every operation of each other site (its
        -- version vector, docs/sync.md): the newest held (site_clocks) can be
        -- above it when a case reached it early through a laptop.
        CREATE TABLE site_watermarks (
            site_id BLOB PRIMARY KEY NOT NULL,
            hlc     INTEGER NOT NULL
        );
        INSERT INTO site_clocks (site_id, hlc) SELECT site_id, MAX(hlc) FROM operations GROUP BY site_id;
        CREATE INDEX operations_by_site ON operations (site_id, hlc);
        CREATE INDEX field_values_deleted ON field_values (record_id) WHERE field = '$deleted' AND value = 'true';
        -- A laptop gives up the records that leave its worker's scope; only the
        -- operations of a record named here may be deleted, in the same
        -- transaction that names it.
        CREATE TABLE scope_removals (
            record_id  BLOB PRIMARY KEY NOT NULL,
            removed_at TEXT NOT NULL
        );
        DROP TRIGGER operations_are_append_only_delete;
        CREATE TRIGGER operations_are_append_only_delete BEFORE DELETE ON operations
            WHEN NOT EXISTS (SELECT 1 FROM scope_removals r WHERE r.record_id = OLD.record_id)
            BEGIN SELECT RAISE(ABORT, 'operations cannot be removed'); END;
    )sql",
    // 8: covering indexes of the columns the statistics read (CaseSource), for
    // the per-kind tables whose rows also carry free text: a scan of one reads
    // and decrypts a third of the pages the table's own rows fill, and never
    // the names, grounds and notes. In client id order, which is the order
    // the statistics want.
    R"sql(
        CREATE INDEX clients_for_statistics ON clients (client_id, kind, gender, birth_date, citizenships, office);
        CREATE INDEX referrals_for_statistics ON referrals (client_id, date, source, channel);
        CREATE INDEX admission_decisions_for_statistics ON admission_decisions (client_id, date, decision);
        CREATE INDEX ends_of_assistance_for_statistics ON ends_of_assistance (client_id, date, reason);
    )sql",
    // 9: a page of a worker's or an office's list, and a search by client number,
    // as a range of one index in number order. With the worker's index alone,
    // SQLite sorted all of that worker's clients for every page (about 0.1 s at
    // 100,000). The new indexes begin with the old ones' column, so those go.
    // A parent's children are the few rows of the per-kind table that name one;
    // the index holds only those (children's queries say `parent != ''` too).
    R"sql(
        CREATE INDEX client_summaries_by_worker_number ON client_summaries (worker, number);
        CREATE INDEX client_summaries_by_office_number ON client_summaries (office, number);
        DROP INDEX client_summaries_by_worker;
        DROP INDEX client_summaries_by_office;
        CREATE INDEX clients_by_parent ON clients (parent) WHERE parent != '';
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
