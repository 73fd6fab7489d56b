#include "Error.h"
#include "casework/ClientService.h"
#include "commands/Commands.h"
#include "session/Session.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace majakka::cli {

namespace {
class DeadlinesCommand : public Command
{
public:
    std::string name() const override { return "deadlines"; }
    std::string summary() const override
    {
        return "List what falls due in the next N days (default 30) in the cases you may see, overdue first: "
               "reflection periods ending, reassessments, children turning 18, permit decisions, court "
               "dates. Events that passed more than 30 days ago are left out.";
    }
    std::string synopsis() const override { return "[--worker NAME] [--office OFFICE] [--days N] [--json]"; }
    OptionSpec options() const override { return {{"worker", "office", "days"}, {"json"}}; }

    int run(CommandContext& context) override
    {
        context.arguments.expectPositionals(0);
        DeadlineFilter filter;
        filter.worker = context.arguments.value("worker");
        filter.office = context.arguments.value("office");
        if (const auto days = context.arguments.value("days")) {
            try {
                filter.days = std::stoi(*days);
            } catch (const std::exception&) {
                throw Error(ErrorCode::Usage, "--days takes a number");
            }
        }
        auto session = context.unlock();
        // Without the events long past, as the home page (domain::isShownOn).
        const auto deadlines = ClientService(*session).deadlines(filter);
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& [client, deadline] : deadlines) {
            if (context.arguments.flag("json")) {
                list.push_back({{"due", deadline.due.toString()},
                                {"kind", domain::nameOf(deadline.kind)},
                                {"client", client.id},
                                {"number", client.number},
                                {"worker", client.worker},
                                {"office", client.office}});
            } else {
                context.out << deadline.due.toString() << "\t" << domain::nameOf(deadline.kind) << "\t"
                            << client.number << "\t" << client.worker << "\n";
            }
        }
        if (context.arguments.flag("json")) {
            context.out << list.dump(2) << "\n";
        }
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeDeadlinesCommand()
{
    return std::make_unique<DeadlinesCommand>();
}

} // namespace majakka::cli
