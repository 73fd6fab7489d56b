#include "sync/SyncImport.h"

#include "Clock.h"
#include "Error.h"
#include "audit/AuditLog.h"
#include "store/AtomicFile.h"
#include "store/Database.h"
#include "store/HybridClock.h"
#include "store/IdColumns.h"
#include "store/OperationHistory.h"
#include "store/OperationLog.h"
#include "store/RecordPurge.h"
#include "store/Statement.h"
#include "sync/DeviceIdentity.h"
#include "sync/HeldBackOperations.h"
#include "sync/LocalState.h"
#include "sync/OperationCheck.h"
#include "sync/Payload.h"
#include "sync/PeerKnowledge.h"
#include "sync/TrustedDevices.h"
#include "sync/Watermarks.h"

#include <algorithm>
#include <map>
#include <set>

namespace majakka::sync {

namespace {

constexpr std::size_t MaxPackageFile = std::size_t(1) << 30;

std::uint64_t seen(const VersionVector& vector, const store::Id& site)
{
    const auto found = vector.find(site);
    return found == vector.end() ? 0 : found->second;
}

struct RecordState
{
    bool existed = false;
    bool deleted = false;
};

// Who sent the package, checked before anything of it is believed.
TrustedDevice verifiedSender(store::Database& database, const ParsedPackage& package, const store::Id& self)
{
    const store::Id& sender = package.header.sender;
    if (sender == self) {
        throw Error(ErrorCode::Invalid,
                    "this sync package was written by this device itself; import it on the "
                    "device it is for");
    }
    const auto device = TrustedDevices(database).find(sender);
    if (!device) {
        throw Error(
            ErrorCode::Authentication,
            "the sync package names a sender this database does not trust (device " + sender.hex()
                + "); enrol that device with `majakka-cli device trust` after comparing its fingerprint, "
                  "or, if you do not know it, do not import the package");
    }
    if (device->isRevoked()) {
        throw Error(ErrorCode::Authentication,
                    "the sync package comes from " + device->identity.name + ", which was revoked on "
                        + *device->revokedAt + "; its packages are refused");
    }
    if (!signatureHolds(package, device->identity.signingPublicKey)) {
        throw Error(ErrorCode::Damaged,
                    "the sync package is damaged or was altered: its signature does not match the key of "
                        + device->identity.name + "; nothing was imported");
    }
    return *device;
}

void checkCarried(const Payload& payload, const PackageHeader& header, const SyncHooks& hooks)
{
    for (std::size_t i = 0; i < payload.operations.size(); ++i) {
        const store::Operation& op = payload.operations[i];
        checkOperation(op, i, hooks);
        if (header.scope == PackageScope::Own && op.siteId != header.sender) {
            throw Error(ErrorCode::Damaged,
                        "the sync package says it carries only its sender's own changes, but its operation "
                            + std::to_string(i + 1) + " was made elsewhere; nothing was imported");
        }
    }
}

// The newest HLC this device accepts now: its clock plus the allowed skew.
std::uint64_t acceptedUntil(const Clock& clock, std::chrono::minutes skew)
{
    const auto until
        = std::chrono::duration_cast<std::chrono::milliseconds>((clock.now() + skew).time_since_epoch());
    return store::HybridClock::make(static_cast<std::uint64_t>(std::max<std::int64_t>(until.count(), 0)),
                                    0xffff);
}

// The newest operation this device made in a record.
std::uint64_t newestOwn(store::Database& database, const store::Id& record, const store::Id& self)
{
    store::Statement query
        = database.cached("SELECT max(hlc) FROM operations WHERE record_id = ?1 AND site_id = ?2");
    query.bind(1, store::idView(record)).bind(2, store::idView(self));
    return query.step() && !query.columnIsNull(0) ? static_cast<std::uint64_t>(query.columnInt(0)) : 0;
}

// The cases a package adds to that this database no longer holds as much of
// as the sender believed (it gave them up since, at another office's word):
// applying the additions alone would leave holes.
std::set<store::Id> staleAdditions(store::Database& database, const HeldRecords& bases)
{
    store::OperationHistory history(database);
    std::set<store::Id> stale;
    for (const auto& [record, base] : bases) {
        const VersionVector held = history.newestOfRecord(record);
        for (const auto& [site, hlc] : base) {
            if (seen(held, site) < hlc) {
                stale.insert(record);
                break;
            }
        }
    }
    return stale;
}

// What the package proves this database now holds completely (Watermarks.h).
// An operation held back leaves a gap from where it is.
void raiseWatermarks(store::Database& database,
                     const PackageHeader& header,
                     std::uint64_t ownFloor,
                     const store::Id& self)
{
    Watermarks watermarks(database);
    const auto heldBack = HeldBackOperations(database).oldestBySite();
    const auto raise = [&](const store::Id& site, std::uint64_t hlc) {
        const auto gap = heldBack.find(site);
        watermarks.raise(site, gap == heldBack.end() ? hlc : std::min(hlc, gap->second - 1));
    };
    if (header.scope == PackageScope::Complete) {
        for (const auto& [site, hlc] : header.vector) {
            if (site != self) {
                raise(site, hlc);
            }
        }
    } else if (header.scope == PackageScope::Own && watermarks.of(header.sender) >= ownFloor) {
        raise(header.sender, seen(header.vector, header.sender));
    }
}

// A deleted record with a field left is a delete against an edit its author did not see.
bool hasSurvivingFields(store::Database& database, const store::Id& record)
{
    store::Statement query
        = database.cached("SELECT 1 FROM field_values WHERE record_id = ?1 AND field <> '$deleted' LIMIT 1");
    query.bind(1, store::idView(record));
    return query.step();
}

} // namespace

ImportReport SyncImport::run(const std::filesystem::path& file, bool dryRun, Progress* progress)
{
    const crypto::Bytes bytes = store::readWholeFile(file, MaxPackageFile);
    return run(bytes, dryRun, progress);
}

ImportReport SyncImport::run(crypto::ByteView file, bool dryRun, Progress* progress)
{
    store::Database& database = m_context.database;
    const ParsedPackage package = parsePackage(file);
    const PackageHeader& header = package.header;
    if (!DeviceIdentity::exists(database)) {
        throw Error(
            ErrorCode::Invalid,
            "this database has no device identity yet, so no sync package can be for it; give its identity "
            "(`majakka-cli device export`) to the other device first");
    }
    const DeviceIdentity self = DeviceIdentity::load(database, m_context.clock);
    const TrustedDevice sender = verifiedSender(database, package, self.deviceId());
    if (header.schema > m_context.schemaVersion) {
        throw Error(ErrorCode::Invalid,
                    "the sync package was made by a newer version of Majakka (database schema "
                        + std::to_string(header.schema) + "; this one knows "
                        + std::to_string(m_context.schemaVersion) + "); update Majakka here first");
    }

    ImportReport report;
    report.packageId = header.packageId;
    report.sender = header.sender;
    report.senderName = sender.identity.name;
    report.scope = header.scope;
    report.dryRun = dryRun;
    LocalState local(database);
    if (const auto at = local.importedAt(header.packageId)) {
        report.alreadyImported = true;
        report.importedAt = *at;
        return report;
    }
    Payload payload = [&] {
        // The plaintext goes (wiped) as soon as it is read: 200,000 operations are tens of megabytes.
        const crypto::Secret plaintext
            = openPackage(package, self.agreementPrivateKey(), self.publicIdentity().agreementPublicKey);
        return decodePayload(plaintext.bytes());
    }();
    checkCarried(payload, header, m_context.hooks);
    report.operations = payload.operations.size();

    PeerKnowledge peer(database, header.sender);
    report.older = header.createdHlc <= peer.lastPackageHlc();
    if (!report.older) {
        const VersionVector known = peer.vector();
        if (seen(header.vector, header.sender) < seen(known, header.sender)) {
            report.warnings.push_back(sender.identity.name
                                      + " now holds fewer of its own changes than it sent "
                                        "before: its database may have been restored from an "
                                        "older copy");
        }
        if (const auto checkpoint = peer.auditCheckpoint();
            checkpoint && payload.audit.sequence < checkpoint->sequence) {
            report.warnings.push_back("the audit log of " + sender.identity.name
                                      + " is shorter than in its last "
                                        "package: its database may have been "
                                        "rolled back to an older copy");
        }
    }

    store::Transaction transaction(database);
    store::OperationLog log(database, m_context.clock);
    HeldBackOperations heldBack(database);
    const std::uint64_t until = acceptedUntil(m_context.clock, local.maxClockSkew());
    std::vector<store::Operation> ready = heldBack.release(until);
    ready.reserve(ready.size() + payload.operations.size());
    report.released = ready.size();
    const std::set<store::Id> stale = staleAdditions(database, payload.bases);
    std::vector<store::Operation> ahead;
    for (store::Operation& op : payload.operations) {
        if (stale.count(op.recordId) > 0) {
            continue; // it comes whole in the next package, once the sender learns what is held here
        }
        (op.hlc <= until ? ready : ahead).push_back(std::move(op));
    }
    std::vector<store::Operation>().swap(payload.operations); // moved out: give the memory back
    report.heldBack = heldBack.holdBack(ahead);
    const std::size_t readyCount = ready.size();

    // Record by record, while its pages are in the cache: what it was before,
    // its operations, then its summary and tables brought up to date.
    std::map<store::Id, std::set<std::string>> changedFields;
    std::set<std::pair<store::Id, std::string>> contested;
    RecordState state;
    bool deleteConflictBefore = false;
    store::OperationLog::RecordHooks hooks;
    hooks.before = [&](const store::Id& record) {
        state.existed = log.recordType(record).has_value();
        state.deleted = state.existed && log.isDeleted(record);
        deleteConflictBefore = state.deleted && hasSurvivingFields(database, record);
        // Read before the import: a record it deletes has no label after it.
        if (state.existed && !state.deleted && report.labels.size() < ImportReport::LabelLimit) {
            report.labels.emplace(record, m_context.hooks.label(record));
        }
    };
    hooks.after = [&](const store::Id& record, const std::set<std::string>& fields) {
        const bool deleted = log.isDeleted(record);
        if (!state.deleted && deleted) {
            report.removed.push_back(record);
        } else if (!state.existed) {
            report.added.push_back(record);
        } else {
            report.changed.push_back(record);
        }
        if (deleted && !deleteConflictBefore && hasSurvivingFields(database, record)) {
            contested.emplace(record, store::DeletedField);
        }
        for (std::string& problem : m_context.hooks.refresh({{record, fields}})) {
            report.problems.push_back(std::move(problem));
        }
        if (!state.existed && report.labels.size() < ImportReport::LabelLimit) {
            report.labels.emplace(record, m_context.hooks.label(record));
        }
        changedFields.emplace(record, fields);
    };
    std::vector<store::Operation>& applied = ready; // what applyAll leaves: the new ones
    log.applyAll(applied, progress, &contested, hooks);
    report.newOperations = applied.size();
    report.skipped = readyCount - applied.size();
    std::vector<store::Operation>().swap(applied);
    for (const auto& [record, field] : contested) {
        report.conflicts.push_back({record, m_context.hooks.label(record), field});
    }

    // Cases that left this device's scope go, unless something made here in them has not reached the sender.
    const std::string now = isoUtc(m_context.clock.now());
    std::size_t removedOutOfScope = 0;
    if (header.scope == PackageScope::Partial && !report.older) {
        for (const store::Id& record : payload.removals) {
            if (!log.recordType(record)) {
                continue;
            }
            if (newestOwn(database, record, self.deviceId()) > seen(header.vector, self.deviceId())) {
                const std::string label = m_context.hooks.label(record);
                report.kept.push_back(label.empty() ? record.hex() : label);
                continue;
            }
            if (report.labels.size() < ImportReport::LabelLimit) {
                report.labels.emplace(record, m_context.hooks.label(record));
            }
            m_context.hooks.forget(record);
            local.notePurgedOwn(newestOwn(database, record, self.deviceId()));
            store::purgeRecord(database, record, now);
            m_context.audit.append(m_context.user, "sync.remove", record, "left this device's scope");
            report.removed.push_back(record);
            ++removedOutOfScope;
        }
    }
    if (header.scope == PackageScope::Partial && !local.holdsPart()) {
        local.markHoldsPart();
    }
    raiseWatermarks(database, header, payload.ownFloor, self.deviceId());
    if (!report.older) {
        peer.learn(header.createdHlc, header.vector, payload.held, payload.audit);
    }
    report.changedAnything = report.newOperations > 0 || removedOutOfScope > 0 || report.heldBack > 0
        || report.released > 0 || !report.older;
    if (!report.changedAnything) {
        return report; // a replayed, older package that brings nothing: the database stays as it was
    }
    for (const auto& [record, fields] : changedFields) {
        std::string detail = "from " + sender.identity.name + ":";
        for (const std::string& field : fields) {
            detail += " " + field;
        }
        m_context.audit.append(m_context.user, "sync.change", record, detail);
    }
    local.noteImported(header.packageId, header.sender, header.createdHlc, now);
    m_context.audit.append(m_context.user,
                           "sync.import",
                           std::nullopt,
                           "package " + header.packageId.hex() + " from " + sender.identity.name + ": "
                               + std::to_string(report.newOperations) + " new operations, "
                               + std::to_string(report.skipped) + " held already, "
                               + std::to_string(report.conflicts.size()) + " new conflicts");
    if (!dryRun) {
        transaction.commit();
    }
    return report;
}

} // namespace majakka::sync
