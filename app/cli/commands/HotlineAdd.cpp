#include "Input.h"
#include "casework/HotlineLog.h"
#include "commands/Commands.h"
#include "domain/HotlineJson.h"
#include "session/Session.h"

#include <ostream>

namespace majakka::cli {

namespace {
class HotlineAddCommand : public Command
{
public:
    std::string name() const override { return "hotline add"; }
    std::string summary() const override
    {
        return "Log an anonymous hotline call from JSON (date, caller_type, topic, outcome, "
               "referral_followed); "
               "prints its id. Other keys are refused, so no personal data can enter the log.";
    }
    std::string synopsis() const override { return "--json FILE|-"; }
    OptionSpec options() const override { return {{"json"}, {}}; }

    int run(CommandContext& context) override
    {
        context.arguments.expectPositionals(0);
        const domain::HotlineCall call
            = domain::hotlineCallFromJson(readInput(context.arguments.required("json")));
        auto session = context.unlock();
        context.out << HotlineLog(*session).add(call) << "\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeHotlineAddCommand()
{
    return std::make_unique<HotlineAddCommand>();
}

} // namespace majakka::cli
