#include "sync/SyncService.h"

#include "Error.h"
#include "casework/ClientService.h"
#include "domain/EnumNames.h"
#include "session/Session.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/UserTable.h"
#include "sync/CanonicalDump.h"
#include "sync/DeviceIdentity.h"

#include <algorithm>

namespace majakka::sync {

namespace {

Scope userScopeOf(Session& session)
{
    const ClientScope scope = ClientService(session).scope();
    return {scope.worker, scope.office};
}

std::string digitsOnly(const std::string& text)
{
    std::string out;
    std::copy_if(
        text.begin(), text.end(), std::back_inserter(out), [](char c) { return c >= '0' && c <= '9'; });
    return out;
}

} // namespace

SyncService::SyncService(Session& session)
    : m_session(session)
    , m_hooks(session)
    , m_context {session.database(),
                 session.clock(),
                 session.auditLog(),
                 session.user().name,
                 m_hooks,
                 userScopeOf(session),
                 store::latestSchemaVersion()}
{ }

void SyncService::requireAdministrator(const std::string& what) const
{
    if (m_session.user().role != domain::Role::Administrator) {
        throw Error(ErrorCode::Permission, "only an administrator may " + what);
    }
}

void SyncService::requireMayWrite(const std::string& what) const
{
    if (m_session.user().role == domain::Role::Supervisor) {
        throw Error(ErrorCode::Permission, "a supervisor may read records but not " + what);
    }
}

PublicIdentity SyncService::identity()
{
    return DeviceIdentity::load(m_session.database(), m_session.clock()).publicIdentity();
}

std::string SyncService::identityFile()
{
    const DeviceIdentity self = DeviceIdentity::load(m_session.database(), m_session.clock());
    return self.publicIdentity().toFile(self.signingPrivateKey());
}

void SyncService::renameDevice(const std::string& name)
{
    requireAdministrator("rename this device");
    DeviceIdentity::load(m_session.database(), m_session.clock());
    store::Transaction transaction(m_session.database());
    DeviceIdentity::rename(m_session.database(), name);
    m_session.audit("device.rename", std::nullopt, name);
    transaction.commit();
}

TrustedDevice SyncService::trust(const std::string& identityFile,
                                 const std::string& name,
                                 const std::string& fingerprint,
                                 const std::optional<std::string>& worker,
                                 const std::optional<std::string>& office)
{
    requireAdministrator("enrol devices");
    PublicIdentity identity = PublicIdentity::fromFile(identityFile);
    if (digitsOnly(fingerprint) != digitsOnly(identity.fingerprint())) {
        throw Error(
            ErrorCode::Authentication,
            "the fingerprint given does not match the identity in the file; compare it again with the "
            "device's owner (on that device: `majakka-cli device show`). Nothing was enrolled");
    }
    if (identity.deviceId == this->identity().deviceId) {
        throw Error(ErrorCode::Usage, "the identity file is this device's own");
    }
    validateDeviceName(name);
    if (worker && !store::UserTable(m_session.database()).byName(*worker)) {
        throw Error(
            ErrorCode::NotFound, "there is no user " + *worker + " here to enrol the device for", "worker");
    }
    if (office && !domain::enumFromName<domain::Office>(*office)) {
        throw Error(ErrorCode::Invalid, "there is no office \"" + *office + "\"", "office");
    }
    identity.name = name;
    TrustedDevice device {
        identity, worker, office, isoUtc(m_session.clock().now()), m_session.user().name, {}};
    store::Transaction transaction(m_session.database());
    TrustedDevices(m_session.database()).trust(device);
    m_session.audit("device.trust",
                    std::nullopt,
                    name + " (" + identity.deviceId.hex() + ")" + (worker ? ", worker " + *worker : "")
                        + (office ? ", office " + *office : ""));
    transaction.commit();
    return device;
}

TrustedDevice SyncService::revoke(const std::string& text)
{
    requireAdministrator("revoke devices");
    TrustedDevice device = TrustedDevices(m_session.database()).findByText(text);
    if (device.isRevoked()) {
        throw Error(ErrorCode::Usage, "the device " + device.identity.name + " was revoked already");
    }
    device.revokedAt = isoUtc(m_session.clock().now());
    store::Transaction transaction(m_session.database());
    TrustedDevices(m_session.database()).revoke(device.identity.deviceId, *device.revokedAt);
    m_session.audit(
        "device.revoke", std::nullopt, device.identity.name + " (" + device.identity.deviceId.hex() + ")");
    transaction.commit();
    return device;
}

std::vector<TrustedDevice> SyncService::devices()
{
    return TrustedDevices(m_session.database()).all();
}

TrustedDevice SyncService::device(const std::string& text)
{
    return TrustedDevices(m_session.database()).findByText(text);
}

ExportSummary SyncService::exportTo(const std::string& device,
                                    const std::optional<ScopeChoice>& choice,
                                    const std::filesystem::path& out,
                                    Progress* progress)
{
    requireMayWrite("export them");
    const TrustedDevice recipient = this->device(device);
    return SyncExport(m_context).write(recipient.identity.deviceId, choice, out, progress);
}

ImportReport SyncService::importFrom(const std::filesystem::path& file, bool dryRun, Progress* progress)
{
    requireMayWrite("import changes");
    return SyncImport(m_context).run(file, dryRun, progress);
}

std::vector<Conflict> SyncService::conflicts()
{
    std::vector<Conflict> all = Conflicts(m_context).list();
    if (m_context.userScope.isEverything()) {
        return all;
    }
    // Others' cases stay out of sight, as in the client list.
    std::vector<Conflict> visible;
    for (Conflict& conflict : all) {
        try {
            m_hooks.requireMayChange(conflict.record);
            visible.push_back(std::move(conflict));
        } catch (const Error&) { }
    }
    return visible;
}

void SyncService::resolve(const std::string& conflict, Take take)
{
    requireMayWrite("resolve conflicts");
    Conflicts(m_context).resolve(conflict, take);
}

void SyncService::resolve(const std::string& conflict, const std::string& head)
{
    requireMayWrite("resolve conflicts");
    Conflicts(m_context).resolve(conflict, head);
}

void SyncService::dump(std::ostream& out)
{
    requireAdministrator("dump the database");
    store::Transaction transaction(m_session.database());
    m_session.audit("database.dump");
    transaction.commit();
    writeCanonicalDump(m_session.database(), out);
}

} // namespace majakka::sync
