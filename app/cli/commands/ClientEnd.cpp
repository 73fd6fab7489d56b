#include "casework/ClientService.h"
#include "commands/Commands.h"
#include "domain/EnumNames.h"
#include "session/Session.h"

#include <ostream>

namespace majakka::cli {

namespace {
class ClientEndCommand : public Command
{
public:
    std::string name() const override { return "client end"; }
    std::string summary() const override
    {
        return "End a client's assistance (REASON: no_longer_needs_help, moved_abroad, returned, "
               "declined_further_help, unreachable, services_moved_to_municipality, deceased).";
    }
    std::string synopsis() const override { return "ID --date YYYY-MM-DD --reason REASON"; }
    OptionSpec options() const override { return {{"date", "reason"}, {}}; }

    int run(CommandContext& context) override
    {
        const std::string id = context.arguments.positional(0, "the client's id");
        context.arguments.expectPositionals(1);
        domain::EndOfAssistance end;
        end.date = domain::Date::parse(context.arguments.required("date"), "end.date");
        end.reason = domain::parseEnum<domain::EndReason>(context.arguments.required("reason"), "end.reason");
        auto session = context.unlock();
        ClientService(*session).end(id, end);
        context.out << "Ended the assistance of " << id << "\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeClientEndCommand()
{
    return std::make_unique<ClientEndCommand>();
}

} // namespace majakka::cli
