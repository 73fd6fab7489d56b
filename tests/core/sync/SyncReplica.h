#pragma once

#include "FixedClock.h"
#include "audit/AuditLog.h"
#include "crypto/Secret.h"
#include "store/Database.h"
#include "store/Id.h"
#include "store/Operation.h"
#include "sync/DeviceIdentity.h"
#include "sync/SyncContext.h"
#include "sync/SyncExport.h"
#include "sync/SyncImport.h"

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace majakka::test {

// Records of one made-up kind, "note", whose field "worker" says whose case
// it is: sync's rules tested apart from what a client is.
class NoteHooks final : public sync::SyncHooks
{
public:
    explicit NoteHooks(store::Database& database)
        : m_database(database)
    { }

    bool knowsRecordType(std::string_view type) const override { return type == "note"; }
    std::vector<store::Id> recordsIn(const sync::Scope& scope) override;
    std::vector<std::string> refresh(const std::map<store::Id, std::set<std::string>>&) override
    {
        return {};
    }
    void forget(const store::Id&) override { }
    std::string label(const store::Id&) override { return {}; }
    void requireMayChange(const store::Id&) override { }

private:
    store::Database& m_database;
};

// One database in a sync test: its own clock, keys and audit log, written to
// through the operation log directly.
class SyncReplica
{
public:
    // Creates a new database at `path` whose clock starts at `start`.
    SyncReplica(std::filesystem::path path, std::string name, std::chrono::system_clock::time_point start);
    // Opens `original`'s file, or the copy of it at `path` (see copyFile), with
    // its key; as durable as the programs make it when `durable` (crash tests).
    SyncReplica(const SyncReplica& original,
                std::chrono::system_clock::time_point now,
                const std::optional<std::filesystem::path>& path = std::nullopt,
                bool durable = false);

    // Copies the database file (its changes are committed) to `to`.
    void copyFile(const std::filesystem::path& to) const;

    const std::string& name() const { return m_name; }
    const std::filesystem::path& path() const { return m_path; }
    const crypto::Secret& key() const { return m_key; }
    const sync::DeviceIdentity& identity() const { return m_identity; }
    store::Database& database() { return m_database; }
    FixedClock& clock() { return m_clock; }
    sync::SyncContext& context() { return m_context; }

    // Trusts `other`, for a worker's cases when given.
    void trust(const SyncReplica& other,
               const std::optional<std::string>& worker = std::nullopt,
               const std::optional<std::string>& office = std::nullopt);

    std::vector<store::Operation>
    edit(const store::Id& record, const std::string& field, const std::optional<std::string>& value);
    store::Operation remove(const store::Id& record);

    crypto::Bytes exportTo(const SyncReplica& other,
                           const std::optional<sync::ScopeChoice>& choice = std::nullopt);
    sync::ImportReport import(crypto::ByteView package, bool dryRun = false);

    std::string dump();
    // (record, field) -> the ids of the field's heads, for every field with a head.
    std::map<std::pair<store::Id, std::string>, std::set<store::Id>> heads();
    std::set<store::Id> operationIds();
    std::set<std::pair<store::Id, std::string>> conflicts();

private:
    std::filesystem::path m_path;
    std::string m_name;
    crypto::Secret m_key;
    FixedClock m_clock;
    store::Database m_database;
    audit::AuditLog m_audit;
    NoteHooks m_hooks;
    sync::SyncContext m_context;
    sync::DeviceIdentity m_identity;
};

} // namespace majakka::test
