#pragma once

namespace majakka::store {

class Database;

// The schema version this build writes (PRAGMA user_version).
int latestSchemaVersion();

// Brings the database from its version up to `target` (default: the latest),
// one migration per transaction, so a crash leaves it at a whole version.
// Throws Error(Invalid) for a database made by a newer Majakka.
void migrate(Database& database, int target = latestSchemaVersion());

} // namespace majakka::store
