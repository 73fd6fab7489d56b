#pragma once

#include "sync/SyncHooks.h"

#include <string>

namespace majakka {
class Clock;
namespace audit {
class AuditLog;
}
namespace store {
class Database;
}
} // namespace majakka

namespace majakka::sync {

// What an export, an import or a conflict resolution works with: the open
// database, the clock, the audit log, the signed-in user and the casework
// layer's answers about records. SyncService makes one from a session; tests
// make their own.
struct SyncContext
{
    store::Database& database;
    const Clock& clock;
    audit::AuditLog& audit;
    std::string user; // the author of operations and audit entries
    SyncHooks& hooks;
    Scope userScope; // what the user may see: everything for administrators
    int schemaVersion;
};

} // namespace majakka::sync
