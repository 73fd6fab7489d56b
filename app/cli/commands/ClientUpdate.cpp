#include "Input.h"
#include "casework/ClientService.h"
#include "commands/Commands.h"
#include "domain/ClientJson.h"
#include "session/Session.h"

#include <ostream>

namespace majakka::cli {

namespace {
class ClientUpdateCommand : public Command
{
public:
    std::string name() const override { return "client update"; }
    std::string summary() const override
    {
        return "Change a client: give the document client show printed, edited. Only the parts that differ "
               "are recorded.";
    }
    std::string synopsis() const override { return "ID --json FILE|-"; }
    OptionSpec options() const override { return {{"json"}, {}}; }

    int run(CommandContext& context) override
    {
        const std::string id = context.arguments.positional(0, "the client's id");
        context.arguments.expectPositionals(1);
        const domain::ClientRecord record
            = domain::clientFromJson(readInput(context.arguments.required("json")));
        auto session = context.unlock();
        ClientService(*session).update(id, record);
        context.out << "Updated " << id << "\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeClientUpdateCommand()
{
    return std::make_unique<ClientUpdateCommand>();
}

} // namespace majakka::cli
