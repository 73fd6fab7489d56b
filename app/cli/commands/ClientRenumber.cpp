#include "casework/ClientService.h"
#include "commands/Commands.h"
#include "session/Session.h"

#include <ostream>

namespace majakka::cli {

namespace {
class ClientRenumberCommand : public Command
{
public:
    std::string name() const override { return "client renumber"; }
    std::string summary() const override
    {
        return "Give a client the next free number of their office and year (when two merged databases "
               "gave out the same number, `client list` says so).";
    }
    std::string synopsis() const override { return "ID"; }

    int run(CommandContext& context) override
    {
        const std::string id = context.arguments.positional(0, "the client's id");
        context.arguments.expectPositionals(1);
        auto session = context.unlock();
        const ClientChange change = ClientService(*session).renumber(id);
        context.out << change.after.number->toString() << "\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeClientRenumberCommand()
{
    return std::make_unique<ClientRenumberCommand>();
}

} // namespace majakka::cli
