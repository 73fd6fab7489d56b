#include "Error.h"
#include "commands/Commands.h"
#include "commands/SyncText.h"
#include "session/Session.h"
#include "sync/SyncService.h"

#include <ostream>

namespace majakka::cli {

namespace {

std::optional<sync::ScopeChoice> scopeOption(const std::optional<std::string>& text)
{
    if (!text) {
        return std::nullopt;
    }
    if (*text == "assigned") {
        return sync::ScopeChoice::Assigned;
    }
    if (*text == "office") {
        return sync::ScopeChoice::Office;
    }
    if (*text == "all") {
        return sync::ScopeChoice::All;
    }
    throw Error(ErrorCode::Usage, "--scope is assigned, office or all, not \"" + *text + "\"");
}

class SyncExportCommand : public Command
{
public:
    std::string name() const override { return "sync export"; }
    std::string summary() const override
    {
        return "Write a signed, encrypted package of the changes DEVICE has not seen to FILE (never over an "
               "existing file; name it NAME.majakka-sync, e.g. to-laptop-2026-12-01.majakka-sync, which the "
               "desktop program opens for import). The device's enrolment decides whose cases it gets; "
               "--scope states it.";
    }
    std::string synopsis() const override
    {
        return "--to DEVICE --out FILE [--scope assigned|office|all] [--json]";
    }
    OptionSpec options() const override { return {{"to", "out", "scope"}, {"json"}}; }

    int run(CommandContext& context) override
    {
        const Arguments& arguments = context.arguments;
        arguments.expectPositionals(0);
        const std::string device = arguments.required("to");
        const std::string out = arguments.required("out");
        const auto choice = scopeOption(arguments.value("scope"));
        auto session = context.unlock();
        const sync::ExportSummary summary = sync::SyncService(*session).exportTo(device, choice, out);
        if (arguments.flag("json")) {
            const nlohmann::ordered_json json {{"package", summary.packageId.hex()},
                                               {"to", summary.recipient},
                                               {"scope", sync::nameOf(summary.scope)},
                                               {"cases", casesText(summary.cases)},
                                               {"operations", summary.operations},
                                               {"records", summary.records},
                                               {"removals", summary.removals},
                                               {"bytes", summary.bytes}};
            context.out << json.dump(2) << "\n";
        } else {
            context.out << "Wrote " << out << " for " << summary.recipient << ": " << summary.operations
                        << " changes in " << summary.records << " records (" << casesText(summary.cases)
                        << ")";
            if (summary.removals > 0) {
                context.out << ", " << summary.removals << " records to give up";
            }
            context.out << "; " << summary.bytes << " bytes.\n";
        }
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeSyncExportCommand()
{
    return std::make_unique<SyncExportCommand>();
}

} // namespace majakka::cli
