#pragma once

#include "Progress.h"
#include "crypto/Bytes.h"
#include "store/Id.h"
#include "sync/Package.h"
#include "sync/SyncContext.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace majakka::sync {

struct ImportedConflict
{
    store::Id record;
    std::string label; // how people know the record
    std::string field;
};

// What an import did (or, in a dry run, would do).
struct ImportReport
{
    store::Id packageId;
    store::Id sender;
    std::string senderName;
    PackageScope scope = PackageScope::Complete;
    bool dryRun = false;
    // The package was imported before (on `importedAt`): nothing was done again.
    bool alreadyImported = false;
    std::string importedAt;
    // Made before the newest package imported from the same device: its
    // operations count, but what it says about the sender is out of date.
    bool older = false;

    std::size_t operations = 0; // in the package
    std::size_t newOperations = 0;
    std::size_t skipped = 0; // held already
    std::size_t heldBack = 0; // stamped too far in the future; kept aside
    std::size_t released = 0; // held back earlier, applied now
    std::vector<store::Id> added; // records new here
    std::vector<store::Id> changed;
    std::vector<store::Id> removed; // deleted, or given up as out of scope
    std::vector<std::string> kept; // out of scope, but with changes made here that the sender lacks
    std::vector<ImportedConflict> conflicts; // conflicts this package made
    std::vector<std::string> problems; // records whose merged values make no valid record
    std::vector<std::string> warnings; // e.g. the sender's database was rolled back
    bool changedAnything = false;
    // How people know the records added, changed and removed (as in
    // ImportedConflict::label), for the first LabelLimit of them; a record
    // without a label here is shown by its count only.
    std::map<store::Id, std::string> labels;
    static constexpr std::size_t LabelLimit = 1000;
};

// Reads, verifies and applies a sync package (docs/sync.md, "Importing"):
// the signature of a trusted, unrevoked sender, this device as a recipient,
// the format and schema, and every operation, all before anything is
// written; then everything in one transaction, or nothing.
class SyncImport
{
public:
    explicit SyncImport(SyncContext& context)
        : m_context(context)
    { }

    // `progress` hears of the operations applied and the records brought up
    // to date; a cancel it asks for (Cancelled) rolls everything back.
    ImportReport run(crypto::ByteView file, bool dryRun, Progress* progress = nullptr);
    // Reads the file (at most 1 GiB) and imports it.
    ImportReport run(const std::filesystem::path& file, bool dryRun, Progress* progress = nullptr);

private:
    SyncContext& m_context;
};

} // namespace majakka::sync
