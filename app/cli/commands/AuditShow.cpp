#include "commands/Commands.h"
#include "session/Session.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace majakka::cli {

namespace {
class AuditShowCommand : public Command
{
public:
    std::string name() const override { return "audit show"; }
    std::string summary() const override
    {
        return "Print the audit trail of one record (who viewed or changed it, and when); without an id, the "
               "latest 50 entries.";
    }
    std::string synopsis() const override { return "[ID] [--json]"; }
    OptionSpec options() const override { return {{}, {"json"}}; }

    int run(CommandContext& context) override
    {
        context.arguments.expectPositionals(1);
        auto session = context.unlock();
        const auto& positionals = context.arguments.positionals();
        const auto entries = positionals.empty()
            ? session->auditLog().latest(50)
            : session->auditLog().forRecord(store::Id::fromHex(positionals.front()));
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& e : entries) {
            if (context.arguments.flag("json")) {
                list.push_back({{"sequence", e.sequence},
                                {"at", e.at},
                                {"user", e.user},
                                {"action", e.action},
                                {"record", e.record ? e.record->hex() : std::string()},
                                {"detail", e.detail}});
            } else {
                context.out << e.sequence << "\t" << e.at << "\t" << e.user << "\t" << e.action << "\t"
                            << (e.record ? e.record->hex() : std::string("-")) << "\t" << e.detail << "\n";
            }
        }
        if (context.arguments.flag("json")) {
            context.out << list.dump(2) << "\n";
        }
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeAuditShowCommand()
{
    return std::make_unique<AuditShowCommand>();
}

} // namespace majakka::cli
