#pragma once

#include "Progress.h"
#include "crypto/Bytes.h"
#include "store/Id.h"
#include "sync/Package.h"
#include "sync/SyncContext.h"
#include "sync/TrustedDevices.h"

#include <filesystem>
#include <optional>

namespace majakka::sync {

// What `sync export --scope` asks for. The device's enrolment always applies: a
// laptop enrolled for one worker never receives more than that worker's cases.
enum class ScopeChoice
{
    Assigned, // the cases assigned to the device's worker
    Office, // the cases of the device's office
    All, // everything (only for a device enrolled without a worker or office)
};

struct ExportSummary
{
    store::Id packageId;
    std::string recipient; // the device's name
    PackageScope scope = PackageScope::Complete;
    Scope cases; // whose cases it carries (everything when both are unset)
    std::size_t operations = 0;
    std::size_t records = 0; // records with operations in the package
    std::size_t removals = 0;
    std::size_t bytes = 0;
};

// Writes a package of what a trusted device has not seen (docs/sync.md,
// "What a package carries"):
//   - a database that holds part of the data sends the operations made here;
//   - otherwise, for a complete exchange, everything above the device's version vector;
//   - for one worker's or office's cases (a laptop, or a user who sees part of
//     the data), each case the device does not hold yet whole, the ones it holds
//     from its vector on, and the cases that left its scope as removals.
class SyncExport
{
public:
    explicit SyncExport(SyncContext& context)
        : m_context(context)
    { }

    struct Built
    {
        crypto::Bytes file;
        ExportSummary summary;
    };

    // Without a choice, the device's enrolment decides. The user's own scope
    // narrows further: a caseworker never exports others' cases. `progress`
    // hears of the operations gathered; a Cancelled thrown from it stops the
    // export before anything is written.
    Built build(const TrustedDevice& recipient,
                const std::optional<ScopeChoice>& choice,
                Progress* progress = nullptr);

    // Builds, then writes the file atomically (never over an existing file) and
    // audits the export.
    ExportSummary write(const store::Id& recipient,
                        const std::optional<ScopeChoice>& choice,
                        const std::filesystem::path& out,
                        Progress* progress = nullptr);

private:
    Scope effectiveScope(const TrustedDevice& recipient, const std::optional<ScopeChoice>& choice) const;

    SyncContext& m_context;
};

} // namespace majakka::sync
