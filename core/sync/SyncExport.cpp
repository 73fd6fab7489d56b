#include "sync/SyncExport.h"

#include "Error.h"
#include "audit/AuditLog.h"
#include "crypto/RecoveryKey.h"
#include "store/AtomicFile.h"
#include "store/Database.h"
#include "store/OperationHistory.h"
#include "store/OperationLog.h"
#include "store/Statement.h"
#include "sync/DeviceIdentity.h"
#include "sync/LocalState.h"
#include "sync/Payload.h"
#include "sync/PeerKnowledge.h"
#include "sync/Watermarks.h"

#include <algorithm>
#include <set>

namespace majakka::sync {

namespace {

std::uint64_t seen(const VersionVector& vector, const store::Id& site)
{
    const auto found = vector.find(site);
    return found == vector.end() ? 0 : found->second;
}

std::string describe(const Scope& scope)
{
    if (scope.isEverything()) {
        return "all cases";
    }
    std::string out = "the cases";
    if (scope.worker) {
        out += " assigned to " + *scope.worker;
    }
    if (scope.office) {
        out += std::string(scope.worker ? " and" : "") + " of the office " + *scope.office;
    }
    return out;
}

// Narrows `scope` by a limit on one of its parts; a different value there leaves nothing.
bool narrow(std::optional<std::string>& part, const std::optional<std::string>& limit)
{
    if (!limit) {
        return true;
    }
    if (part && *part != *limit) {
        return false;
    }
    part = limit;
    return true;
}

AuditCheckpoint checkpointOf(audit::AuditLog& log)
{
    const auto latest = log.latest(1);
    if (latest.empty()) {
        return {0, log.head()};
    }
    return {latest.front().sequence, latest.front().hash};
}

// The operations of a partial package, gathered record by record (a laptop's
// few dozen cases, so they fit in memory).
struct Gathered
{
    std::vector<store::Operation> operations;
    std::set<store::Id> records;

    void add(store::Operation op)
    {
        records.insert(op.recordId);
        operations.push_back(std::move(op));
    }
};

} // namespace

Scope SyncExport::effectiveScope(const TrustedDevice& recipient,
                                 const std::optional<ScopeChoice>& choice) const
{
    const std::string& name = recipient.identity.name;
    Scope scope {recipient.worker, recipient.office};
    if (choice == ScopeChoice::Assigned && !recipient.worker) {
        throw Error(ErrorCode::Usage,
                    "the device " + name
                        + " is not enrolled for a worker; trust it again with --worker to send it "
                        + "assigned cases");
    }
    if (choice == ScopeChoice::Office && !recipient.office && !recipient.worker) {
        throw Error(ErrorCode::Usage,
                    "the device " + name
                        + " is not enrolled for an office; trust it again with --office to send it "
                        + "an office's cases");
    }
    if (choice == ScopeChoice::All && !scope.isEverything()) {
        throw Error(ErrorCode::Usage,
                    "the device " + name + " is enrolled for " + describe(scope)
                        + " only; to send it everything, trust it again without --worker and --office");
    }
    if (!narrow(scope.worker, m_context.userScope.worker)
        || !narrow(scope.office, m_context.userScope.office)) {
        throw Error(ErrorCode::Permission,
                    "the device " + name + " is enrolled for "
                        + describe({recipient.worker, recipient.office}) + ", which you may not see");
    }
    return scope;
}

SyncExport::Built SyncExport::build(const TrustedDevice& recipient,
                                    const std::optional<ScopeChoice>& choice,
                                    Progress* progress)
{
    // Every thousandth operation (and each record of a partial package) asks
    // whether to go on; the total is 0 while it is not known.
    const auto tick = [progress](std::size_t done, std::size_t total) {
        if (done % 1000 == 0 || done == total) {
            Progress::advance(progress, done, total);
        }
    };
    if (recipient.isRevoked()) {
        throw Error(ErrorCode::Invalid,
                    "the device " + recipient.identity.name + " was revoked on " + *recipient.revokedAt
                        + "; nothing is exported to it");
    }
    store::Database& database = m_context.database;
    const DeviceIdentity self = DeviceIdentity::load(database, m_context.clock);
    if (recipient.identity.deviceId == self.deviceId()) {
        throw Error(ErrorCode::Usage, "a package cannot be exported to this device itself");
    }
    const Scope scope = effectiveScope(recipient, choice);
    PeerKnowledge peer(database, recipient.identity.deviceId);
    const VersionVector theirs = peer.vector();
    store::OperationHistory history(database);

    PackageHeader header;
    header.packageId = store::Id::random();
    header.schema = m_context.schemaVersion;
    header.software = self.publicIdentity().software;
    header.sender = self.deviceId();
    header.senderKeyId = crypto::keyId(self.publicIdentity().signingPublicKey);
    header.vector = Watermarks(database).all(self.deviceId());
    const VersionVector newest = history.newestBySite();
    header.createdHlc = store::OperationLog(database, m_context.clock).stamp();

    ExportSummary summary;
    summary.packageId = header.packageId;
    summary.recipient = recipient.identity.name;
    summary.cases = scope;
    std::optional<HeldRecords> held;
    std::vector<store::Id> removals;
    crypto::SecureBytes payload;
    const AuditCheckpoint audit = checkpointOf(m_context.audit);

    std::set<store::Id> inScope;
    if (!scope.isEverything()) {
        const auto records = m_context.hooks.recordsIn(scope);
        inScope.insert(records.begin(), records.end());
    }
    if (LocalState(database).holdsPart()) {
        // This database holds part of the data: it can vouch only for what it made.
        header.scope = PackageScope::Own;
        Gathered gathered;
        std::uint64_t floor = LocalState(database).purgedOwnUpTo();
        std::size_t visited = 0;
        history.forEachSince(self.deviceId(), seen(theirs, self.deviceId()), [&](const store::Operation& op) {
            tick(++visited, 0);
            if (scope.isEverything() || inScope.count(op.recordId) > 0) {
                gathered.add(op);
            } else {
                floor = std::max(floor, op.hlc);
            }
        });
        // Deleted ones too: the office tells it to give those up as well.
        held = history.newestByRecord();
        PayloadWriter writer(gathered.operations.size());
        for (const auto& op : gathered.operations) {
            writer.add(op);
        }
        summary.operations = gathered.operations.size();
        summary.records = gathered.records.size();
        payload = writer.finish(held, removals, audit, {}, floor);
    } else if (scope.isEverything() && !peer.holdsPart()) {
        header.scope = PackageScope::Complete;
        // Everything held above their vector, from every site: also what lies
        // above this database's own vector, which fills gaps where they have some.
        std::size_t count = 0;
        for (const auto& [site, hlc] : newest) {
            if (hlc > seen(theirs, site)) {
                count += history.countSince(site, seen(theirs, site));
            }
        }
        PayloadWriter writer(count);
        std::set<store::Id> records;
        std::size_t written = 0;
        for (const auto& [site, hlc] : newest) {
            if (hlc > seen(theirs, site)) {
                history.forEachSince(site, seen(theirs, site), [&](const store::Operation& op) {
                    records.insert(op.recordId);
                    writer.add(op);
                    tick(++written, count);
                });
            }
        }
        summary.operations = count;
        summary.records = records.size();
        payload = writer.finish(held, removals, audit);
    } else {
        header.scope = PackageScope::Partial;
        const HeldRecords theirRecords = peer.heldRecords();
        HeldRecords bases;
        if (scope.isEverything()) {
            const auto live = history.liveRecords();
            inScope.insert(live.begin(), live.end());
        }
        Gathered gathered;
        std::size_t visited = 0;
        for (const store::Id& record : inScope) {
            Progress::advance(progress, visited++, inScope.size());
            const auto holding = theirRecords.find(record);
            const bool whole = holding == theirRecords.end();
            bool added = false;
            for (store::Operation& op : history.ofRecord(record)) {
                if (whole || op.hlc > seen(holding->second, op.siteId)) {
                    gathered.add(std::move(op));
                    added = true;
                }
            }
            if (added && !whole) {
                bases.insert(*holding);
            }
        }
        for (const auto& [record, vector] : theirRecords) {
            if (inScope.count(record) == 0) {
                removals.push_back(record);
            }
        }
        PayloadWriter writer(gathered.operations.size());
        for (const auto& op : gathered.operations) {
            writer.add(op);
        }
        summary.operations = gathered.operations.size();
        summary.records = gathered.records.size();
        payload = writer.finish(held, removals, audit, bases);
    }
    Progress::advance(progress, summary.operations, summary.operations);
    summary.scope = header.scope;
    summary.removals = removals.size();
    Built built {sealPackage(std::move(header),
                             payload,
                             {RecipientKey {recipient.identity.agreementPublicKey}},
                             self.signingPrivateKey()),
                 summary};
    built.summary.bytes = built.file.size();
    return built;
}

ExportSummary SyncExport::write(const store::Id& recipientId,
                                const std::optional<ScopeChoice>& choice,
                                const std::filesystem::path& out,
                                Progress* progress)
{
    const auto recipient = TrustedDevices(m_context.database).find(recipientId);
    if (!recipient) {
        throw Error(ErrorCode::NotFound,
                    "no device with the id " + recipientId.hex()
                        + " is enrolled here (see `majakka-cli device list`)");
    }
    std::error_code ec;
    if (std::filesystem::exists(out, ec)) {
        throw Error(ErrorCode::Usage, "the file " + out.string() + " exists already; choose another name");
    }
    Built built = build(*recipient, choice, progress);
    store::writeFileAtomically(out, built.file);
    store::Transaction transaction(m_context.database);
    m_context.audit.append(
        m_context.user,
        "sync.export",
        std::nullopt,
        "to " + recipient->identity.name + " (" + recipientId.hex() + "): package "
            + built.summary.packageId.hex() + ", " + std::to_string(built.summary.operations)
            + " operations of " + std::to_string(built.summary.records) + " records, "
            + std::string(nameOf(built.summary.scope)) + ", " + describe(built.summary.cases));
    transaction.commit();
    return built.summary;
}

} // namespace majakka::sync
