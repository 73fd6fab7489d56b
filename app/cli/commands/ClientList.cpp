#include "Error.h"
#include "casework/ClientService.h"
#include "commands/Commands.h"
#include "commands/OfficeOption.h"
#include "session/Session.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace majakka::cli {

namespace {
class ClientListCommand : public Command
{
public:
    std::string name() const override { return "client list"; }
    std::string summary() const override
    {
        return "List the clients you may see (STATUS: active or ended; OFFICE: joutseno, helsinki, oulu, "
               "tampere).";
    }
    std::string synopsis() const override
    {
        return "[--search TEXT] [--status STATUS] [--office OFFICE] [--worker NAME] [--kind KIND] [--limit "
               "N] [--json]";
    }
    OptionSpec options() const override
    {
        return {{"search", "status", "office", "worker", "kind", "limit"}, {"json"}};
    }

    int run(CommandContext& context) override
    {
        context.arguments.expectPositionals(0);
        ClientFilter filter;
        filter.search = context.arguments.value("search");
        if (const auto office = officeOption(context.arguments.value("office"))) {
            filter.office = std::string(domain::nameOf(*office));
        }
        filter.worker = context.arguments.value("worker");
        filter.kind = context.arguments.value("kind");
        if (const auto status = context.arguments.value("status")) {
            if (*status != "active" && *status != "ended") {
                throw Error(ErrorCode::Usage, "the status is active or ended, not \"" + *status + "\"");
            }
            filter.ended = *status == "ended";
        }
        if (const auto limit = context.arguments.value("limit")) {
            try {
                filter.limit = static_cast<std::size_t>(std::stoul(*limit));
            } catch (const std::exception&) {
                throw Error(ErrorCode::Usage, "--limit takes a number");
            }
        }
        auto session = context.unlock();
        const auto clients = ClientService(*session).list(filter);
        if (context.arguments.flag("json")) {
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (const auto& c : clients) {
                list.push_back({{"id", c.id},
                                {"number", c.number},
                                {"given_names", c.givenNames},
                                {"family_name", c.familyName},
                                {"kind", c.kind},
                                {"office", c.office},
                                {"worker", c.worker},
                                {"status", c.ended ? "ended" : "active"},
                                {"number_taken_twice", c.numberTakenTwice}});
            }
            context.out << list.dump(2) << "\n";
        } else {
            for (const auto& c : clients) {
                context.out << c.number << "\t" << c.familyName << ", " << c.givenNames << "\t" << c.office
                            << "\t" << c.worker << "\t" << c.id
                            << (c.numberTakenTwice ? "\tnumber taken twice: renumber one" : "") << "\n";
            }
        }
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeClientListCommand()
{
    return std::make_unique<ClientListCommand>();
}

} // namespace majakka::cli
