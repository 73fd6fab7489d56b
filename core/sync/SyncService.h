#pragma once

#include "casework/ClientSyncHooks.h"
#include "sync/Conflicts.h"
#include "sync/PublicIdentity.h"
#include "sync/SyncContext.h"
#include "sync/SyncExport.h"
#include "sync/SyncImport.h"
#include "sync/TrustedDevices.h"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace majakka {
class Session;
}

namespace majakka::sync {

// Sync for a signed-in user: the programs' one door to devices, packages,
// conflicts and the canonical dump, with the role rules (docs/sync.md):
// administrators enrol and revoke devices and dump the database; everyone but
// supervisors exports, imports and resolves conflicts, within what they may see.
class SyncService
{
public:
    explicit SyncService(Session& session);

    PublicIdentity identity();
    std::string fingerprint() { return identity().fingerprint(); }
    // The identity file to give to another device.
    std::string identityFile();
    void renameDevice(const std::string& name);

    // Enrols the device in `identityFile` as `name` once `fingerprint` (as
    // read out by the device's owner; spaces do not matter) matches it.
    TrustedDevice trust(const std::string& identityFile,
                        const std::string& name,
                        const std::string& fingerprint,
                        const std::optional<std::string>& worker,
                        const std::optional<std::string>& office);
    // `device` is an id (or a unique start of it) or a name.
    TrustedDevice revoke(const std::string& device);
    std::vector<TrustedDevice> devices();
    TrustedDevice device(const std::string& device);

    ExportSummary exportTo(const std::string& device,
                           const std::optional<ScopeChoice>& choice,
                           const std::filesystem::path& out,
                           Progress* progress = nullptr);
    ImportReport importFrom(const std::filesystem::path& file, bool dryRun, Progress* progress = nullptr);

    std::vector<Conflict> conflicts();
    void resolve(const std::string& conflict, Take take);
    void resolve(const std::string& conflict, const std::string& head);

    // The canonical dump (plaintext, on request of an administrator; audited).
    void dump(std::ostream& out);

    const SyncContext& context() const { return m_context; }

private:
    void requireAdministrator(const std::string& what) const;
    void requireMayWrite(const std::string& what) const;

    Session& m_session;
    ClientSyncHooks m_hooks;
    SyncContext m_context;
};

} // namespace majakka::sync
