#include "commands/Commands.h"
#include "domain/EnumNames.h"
#include "session/Session.h"
#include "session/UserAdministration.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace majakka::cli {

namespace {
class UserListCommand : public Command
{
public:
    std::string name() const override { return "user list"; }
    std::string summary() const override { return "List the users and their roles."; }
    std::string synopsis() const override { return "[--json]"; }
    OptionSpec options() const override { return {{}, {"json"}}; }

    int run(CommandContext& context) override
    {
        context.arguments.expectPositionals(0);
        auto session = context.unlock();
        const auto users = UserAdministration(*session).users();
        if (context.arguments.flag("json")) {
            nlohmann::json list = nlohmann::json::array();
            for (const auto& user : users) {
                list.push_back(
                    {{"name", user.name},
                     {"role", domain::roleName(user.role)},
                     {"office", user.office ? nlohmann::json(domain::nameOf(*user.office)) : nullptr}});
            }
            context.out << list.dump(2) << "\n";
        } else {
            for (const auto& user : users) {
                context.out << user.name << "\t" << domain::roleName(user.role) << "\t"
                            << (user.office ? domain::nameOf(*user.office) : "-") << "\n";
            }
        }
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeUserListCommand()
{
    return std::make_unique<UserListCommand>();
}

} // namespace majakka::cli
