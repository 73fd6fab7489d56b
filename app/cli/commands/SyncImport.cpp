#include "commands/Commands.h"
#include "session/Session.h"
#include "sync/SyncService.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace majakka::cli {

namespace {

nlohmann::ordered_json idsJson(const std::vector<store::Id>& ids)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& id : ids) {
        out.push_back(id.hex());
    }
    return out;
}

nlohmann::ordered_json reportJson(const sync::ImportReport& report)
{
    nlohmann::ordered_json conflicts = nlohmann::ordered_json::array();
    for (const auto& conflict : report.conflicts) {
        conflicts.push_back(
            {{"record", conflict.record.hex()}, {"label", conflict.label}, {"field", conflict.field}});
    }
    return {{"package", report.packageId.hex()},
            {"from", report.senderName},
            {"sender", report.sender.hex()},
            {"scope", sync::nameOf(report.scope)},
            {"dry_run", report.dryRun},
            {"already_imported", report.alreadyImported},
            {"imported_at", report.alreadyImported ? nlohmann::ordered_json(report.importedAt) : nullptr},
            {"older", report.older},
            {"operations", report.operations},
            {"new_operations", report.newOperations},
            {"skipped", report.skipped},
            {"held_back", report.heldBack},
            {"released", report.released},
            {"added", idsJson(report.added)},
            {"changed", idsJson(report.changed)},
            {"removed", idsJson(report.removed)},
            {"kept", report.kept},
            {"conflicts", conflicts},
            {"problems", report.problems},
            {"warnings", report.warnings},
            {"changed_anything", report.changedAnything}};
}

void writeText(std::ostream& out, const sync::ImportReport& report)
{
    if (report.alreadyImported) {
        out << "This package from " << report.senderName << " was imported already (" << report.importedAt
            << "); nothing changed.\n";
        return;
    }
    out << (report.dryRun ? "Would import" : "Imported") << " the package from " << report.senderName << ": "
        << report.added.size() << " records added, " << report.changed.size() << " changed, "
        << report.removed.size() << " removed; " << report.newOperations << " new changes, " << report.skipped
        << " already here";
    if (report.heldBack > 0) {
        out << ", " << report.heldBack << " held back (stamped in the future: check that device's clock)";
    }
    out << ".\n";
    if (report.older) {
        out << "The package is older than one imported before from the same device.\n";
    }
    for (const auto& conflict : report.conflicts) {
        out << "Conflict: " << (conflict.label.empty() ? conflict.record.hex() : conflict.label) << ", "
            << conflict.field << " (see `majakka-cli conflicts list`)\n";
    }
    for (const auto& kept : report.kept) {
        out << "Kept " << kept << ": it left this device's scope, but changes made here have not reached "
            << report.senderName << " yet.\n";
    }
    for (const auto& problem : report.problems) {
        out << "Problem: " << problem << "\n";
    }
    for (const auto& warning : report.warnings) {
        out << "Warning: " << warning << "\n";
    }
    if (report.dryRun) {
        out << "Nothing was written (dry run).\n";
    }
}

class SyncImportCommand : public Command
{
public:
    std::string name() const override { return "sync import"; }
    std::string summary() const override
    {
        return "Verify a sync package (sender trusted and unrevoked, signature, this device its recipient, "
               "format) and apply all of it in one transaction, or nothing. Importing it again changes "
               "nothing.";
    }
    std::string synopsis() const override { return "--in FILE [--dry-run] [--json]"; }
    OptionSpec options() const override { return {{"in"}, {"dry-run", "json"}}; }

    int run(CommandContext& context) override
    {
        context.arguments.expectPositionals(0);
        const std::string file = context.arguments.required("in");
        auto session = context.unlock();
        const sync::ImportReport report
            = sync::SyncService(*session).importFrom(file, context.arguments.flag("dry-run"));
        if (context.arguments.flag("json")) {
            context.out << reportJson(report).dump(2) << "\n";
        } else {
            writeText(context.out, report);
        }
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeSyncImportCommand()
{
    return std::make_unique<SyncImportCommand>();
}

} // namespace majakka::cli
