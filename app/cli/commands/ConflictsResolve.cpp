#include "commands/Commands.h"
#include "session/Session.h"
#include "sync/SyncService.h"

#include <ostream>

namespace majakka::cli {

namespace {
class ConflictsResolveCommand : public Command
{
public:
    std::string name() const override { return "conflicts resolve"; }
    std::string summary() const override
    {
        return "Resolve a conflict by keeping the value made on this device (local), the one made elsewhere "
               "(remote), or value number N as `conflicts list` shows it (or the head whose id starts with "
               "HEAD). The resolution is a change and syncs.";
    }
    std::string synopsis() const override { return "ID --take local|remote|N|HEAD"; }
    OptionSpec options() const override { return {{"take"}, {}}; }

    int run(CommandContext& context) override
    {
        const std::string id = context.arguments.positional(0, "the conflict's id");
        context.arguments.expectPositionals(1);
        const std::string take = context.arguments.required("take");
        auto session = context.unlock();
        sync::SyncService sync(*session);
        if (take == "local") {
            sync.resolve(id, sync::Take::Local);
        } else if (take == "remote") {
            sync.resolve(id, sync::Take::Remote);
        } else {
            sync.resolve(id, take);
        }
        context.out << "Resolved " << id << ".\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeConflictsResolveCommand()
{
    return std::make_unique<ConflictsResolveCommand>();
}

} // namespace majakka::cli
