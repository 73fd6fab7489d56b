#include "Error.h"
#include "commands/Commands.h"
#include "session/Session.h"
#include "sync/SyncService.h"

#include <ostream>

namespace majakka::cli {

namespace {
class DumpCommand : public Command
{
public:
    std::string name() const override { return "dump"; }
    std::string summary() const override
    {
        return "Print the database's replicated content as canonical JSON (records sorted by id, fields by "
               "name, then the conflicts), so that two replicas can be compared byte for byte. Plaintext: "
               "administrators only; audited.";
    }
    std::string synopsis() const override { return "--canonical"; }
    OptionSpec options() const override { return {{}, {"canonical"}}; }

    int run(CommandContext& context) override
    {
        context.arguments.expectPositionals(0);
        if (!context.arguments.flag("canonical")) {
            throw Error(ErrorCode::Usage, "dump has one form for now: dump --canonical");
        }
        auto session = context.unlock();
        sync::SyncService(*session).dump(context.out);
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeDumpCommand()
{
    return std::make_unique<DumpCommand>();
}

} // namespace majakka::cli
