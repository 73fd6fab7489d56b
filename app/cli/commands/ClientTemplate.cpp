#include "Clock.h"
#include "commands/Commands.h"
#include "domain/ClientJson.h"

#include <ostream>

namespace majakka::cli {

namespace {
class ClientTemplateCommand : public Command
{
public:
    std::string name() const override { return "client template"; }
    std::string summary() const override
    {
        return "Print a complete, valid client document to start from (for client add).";
    }

    int run(CommandContext& context) override
    {
        context.arguments.expectPositionals(0);
        const auto today = domain::Date::fromTimePoint(Clock::system().now());
        context.out << domain::clientToJson(domain::exampleClient(today)) << "\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeClientTemplateCommand()
{
    return std::make_unique<ClientTemplateCommand>();
}

} // namespace majakka::cli
