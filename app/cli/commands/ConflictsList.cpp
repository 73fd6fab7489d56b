#include "commands/Commands.h"
#include "session/Session.h"
#include "store/HybridClock.h"
#include "sync/SyncService.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace majakka::cli {

namespace {

std::string whenOf(std::uint64_t hlc)
{
    return isoUtc(store::HybridClock::timeOf(hlc));
}

nlohmann::ordered_json headJson(const sync::ConflictHead& head)
{
    return {{"head", head.opId.hex()},
            {"field", head.field},
            {"value", head.value ? nlohmann::ordered_json(*head.value) : nullptr},
            {"author", head.author},
            {"device", head.siteName},
            {"site", head.site.hex()},
            {"at", whenOf(head.hlc)},
            {"local", head.local},
            {"shown", head.shown}};
}

class ConflictsListCommand : public Command
{
public:
    std::string name() const override { return "conflicts list"; }
    std::string summary() const override
    {
        return "List the conflicts you may see: fields changed on two devices without either seeing the "
               "other's "
               "change, and records deleted on one while edited on another. Values are shown as JSON.";
    }
    std::string synopsis() const override { return "[--json]"; }
    OptionSpec options() const override { return {{}, {"json"}}; }

    int run(CommandContext& context) override
    {
        context.arguments.expectPositionals(0);
        auto session = context.unlock();
        const auto conflicts = sync::SyncService(*session).conflicts();
        if (context.arguments.flag("json")) {
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (const auto& conflict : conflicts) {
                nlohmann::ordered_json heads = nlohmann::ordered_json::array();
                for (const auto& head : conflict.heads) {
                    heads.push_back(headJson(head));
                }
                list.push_back({{"id", conflict.id},
                                {"record", conflict.record.hex()},
                                {"type", conflict.recordType},
                                {"label", conflict.label},
                                {"field", conflict.field},
                                {"heads", heads}});
            }
            context.out << list.dump(2) << "\n";
            return 0;
        }
        if (conflicts.empty()) {
            context.out << "No conflicts.\n";
        }
        for (const auto& conflict : conflicts) {
            context.out << conflict.id << "  "
                        << (conflict.label.empty() ? conflict.record.hex() : conflict.label) << "  "
                        << (conflict.isDelete() ? "deleted on one device, edited on another" : conflict.field)
                        << "\n";
            for (std::size_t i = 0; i < conflict.heads.size(); ++i) {
                const auto& head = conflict.heads[i];
                context.out << "    [" << i + 1 << "]" << (head.local ? " local " : " remote")
                            << (head.shown ? " shown" : "      ") << "  " << head.field << " = "
                            << (head.value ? *head.value : "(cleared)") << "  by " << head.author
                            << (head.siteName.empty() ? "" : " on " + head.siteName) << ", "
                            << whenOf(head.hlc) << "\n";
            }
        }
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeConflictsListCommand()
{
    return std::make_unique<ConflictsListCommand>();
}

} // namespace majakka::cli
