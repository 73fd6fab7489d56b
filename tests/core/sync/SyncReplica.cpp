#include "SyncReplica.h"

#include "crypto/Random.h"
#include "store/IdColumns.h"
#include "store/OperationLog.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "sync/CanonicalDump.h"
#include "sync/Conflicts.h"
#include "sync/TrustedDevices.h"

#include <sstream>

namespace majakka::test {

namespace {

store::Database openDatabase(const std::filesystem::path& path,
                             const crypto::Secret& key,
                             store::Database::Mode mode,
                             bool durable = false)
{
    store::Database database = store::Database::open(path, key, mode);
    if (!durable) {
        // Hundreds of throw-away databases per run: durability is not what most of these tests test.
        database.exec("PRAGMA synchronous = OFF");
    }
    store::migrate(database);
    return database;
}

} // namespace

std::vector<store::Id> NoteHooks::recordsIn(const sync::Scope& scope)
{
    store::Statement query(
        m_database,
        "SELECT r.record_id FROM records r JOIN field_values w ON w.record_id = r.record_id AND "
        "w.field = 'worker' WHERE w.value = ?1 AND NOT EXISTS (SELECT 1 FROM field_values d "
        "WHERE d.record_id = r.record_id AND d.field = '$deleted' AND d.value = 'true')");
    query.bind(1, "\"" + scope.worker.value_or("") + "\"");
    std::vector<store::Id> out;
    while (query.step()) {
        out.push_back(store::idColumn(query, 0));
    }
    return out;
}

SyncReplica::SyncReplica(std::filesystem::path path,
                         std::string name,
                         std::chrono::system_clock::time_point start)
    : m_path(std::move(path))
    , m_name(std::move(name))
    , m_key(crypto::randomSecret(32))
    , m_clock(start)
    , m_database(openDatabase(m_path, m_key, store::Database::Mode::Create))
    , m_audit(m_database, m_clock)
    , m_hooks(m_database)
    , m_context {m_database, m_clock, m_audit, m_name, m_hooks, {}, store::latestSchemaVersion()}
    , m_identity(sync::DeviceIdentity::load(m_database, m_clock))
{ }

SyncReplica::SyncReplica(const SyncReplica& original,
                         std::chrono::system_clock::time_point now,
                         const std::optional<std::filesystem::path>& path,
                         bool durable)
    : m_path(path.value_or(original.m_path))
    , m_name(original.m_name)
    , m_key(original.m_key)
    , m_clock(now)
    , m_database(openDatabase(m_path, m_key, store::Database::Mode::OpenExisting, durable))
    , m_audit(m_database, m_clock)
    , m_hooks(m_database)
    , m_context {m_database, m_clock, m_audit, m_name, m_hooks, {}, store::latestSchemaVersion()}
    , m_identity(sync::DeviceIdentity::load(m_database, m_clock))
{ }

void SyncReplica::copyFile(const std::filesystem::path& to) const
{
    std::filesystem::copy_file(m_path, to, std::filesystem::copy_options::overwrite_existing);
}

void SyncReplica::trust(const SyncReplica& other,
                        const std::optional<std::string>& worker,
                        const std::optional<std::string>& office)
{
    sync::TrustedDevice device {
        other.identity().publicIdentity(), worker, office, "2026-12-01T00:00:00Z", m_name, {}};
    device.identity.name = other.name();
    sync::TrustedDevices(m_database).trust(device);
}

std::vector<store::Operation>
SyncReplica::edit(const store::Id& record, const std::string& field, const std::optional<std::string>& value)
{
    store::Transaction transaction(m_database);
    auto written = store::OperationLog(m_database, m_clock).write(record, "note", {{field, value}}, m_name);
    transaction.commit();
    return written;
}

store::Operation SyncReplica::remove(const store::Id& record)
{
    store::Transaction transaction(m_database);
    auto written = store::OperationLog(m_database, m_clock).remove(record, "note", m_name);
    transaction.commit();
    return written;
}

crypto::Bytes SyncReplica::exportTo(const SyncReplica& other, const std::optional<sync::ScopeChoice>& choice)
{
    const auto device = sync::TrustedDevices(m_database).find(other.identity().deviceId());
    return sync::SyncExport(m_context).build(*device, choice).file;
}

sync::ImportReport SyncReplica::import(crypto::ByteView package, bool dryRun)
{
    return sync::SyncImport(m_context).run(package, dryRun);
}

std::string SyncReplica::dump()
{
    std::ostringstream out;
    sync::writeCanonicalDump(m_database, out);
    return out.str();
}

std::map<std::pair<store::Id, std::string>, std::set<store::Id>> SyncReplica::heads()
{
    store::Statement query(m_database,
                           "SELECT record_id, field, op_id FROM operations o WHERE NOT EXISTS "
                           "(SELECT 1 FROM supersessions s WHERE s.superseded = o.op_id)");
    std::map<std::pair<store::Id, std::string>, std::set<store::Id>> out;
    while (query.step()) {
        out[{store::idColumn(query, 0), query.columnText(1)}].insert(store::idColumn(query, 2));
    }
    return out;
}

std::set<store::Id> SyncReplica::operationIds()
{
    store::Statement query(m_database, "SELECT op_id FROM operations");
    std::set<store::Id> out;
    while (query.step()) {
        out.insert(store::idColumn(query, 0));
    }
    return out;
}

std::set<std::pair<store::Id, std::string>> SyncReplica::conflicts()
{
    std::set<std::pair<store::Id, std::string>> out;
    for (const sync::Conflict& conflict : sync::Conflicts(m_context).list()) {
        out.emplace(conflict.record, conflict.field);
    }
    return out;
}

} // namespace majakka::test
