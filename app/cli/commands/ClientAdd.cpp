#include "Input.h"
#include "casework/ClientService.h"
#include "commands/Commands.h"
#include "domain/ClientJson.h"
#include "session/Session.h"

#include <ostream>

namespace majakka::cli {

namespace {
class ClientAddCommand : public Command
{
public:
    std::string name() const override { return "client add"; }
    std::string summary() const override
    {
        return "Add a client from a JSON document (a file, or - for standard input); prints the new id "
               "alone.";
    }
    std::string synopsis() const override { return "--json FILE|-"; }
    OptionSpec options() const override { return {{"json"}, {}}; }

    int run(CommandContext& context) override
    {
        context.arguments.expectPositionals(0);
        const domain::ClientRecord record
            = domain::clientFromJson(readInput(context.arguments.required("json")));
        auto session = context.unlock();
        const domain::ClientRecord stored = ClientService(*session).add(record);
        context.out << stored.id << "\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeClientAddCommand()
{
    return std::make_unique<ClientAddCommand>();
}

} // namespace majakka::cli
