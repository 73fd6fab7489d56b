#include "casework/ClientService.h"
#include "commands/Commands.h"
#include "domain/ClientJson.h"
#include "session/Session.h"

#include <ostream>

namespace majakka::cli {

namespace {
class ClientShowCommand : public Command
{
public:
    std::string name() const override { return "client show"; }
    std::string summary() const override
    {
        return "Print a client's whole record as the JSON document client update takes (the view is "
               "audited).";
    }
    std::string synopsis() const override { return "ID [--json]"; }
    OptionSpec options() const override { return {{}, {"json"}}; }

    int run(CommandContext& context) override
    {
        const std::string id = context.arguments.positional(0, "the client's id");
        context.arguments.expectPositionals(1);
        auto session = context.unlock();
        context.out << domain::clientToJson(ClientService(*session).show(id)) << "\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeClientShowCommand()
{
    return std::make_unique<ClientShowCommand>();
}

} // namespace majakka::cli
