#include "Error.h"
#include "commands/Commands.h"
#include "domain/Role.h"
#include "session/Session.h"
#include "session/UserAdministration.h"

#include <ostream>

namespace majakka::cli {

namespace {
class UserRoleCommand : public Command
{
public:
    std::string name() const override { return "user role"; }
    std::string summary() const override
    {
        return "Give a user another role (administrator, supervisor, office_worker, caseworker). "
               "Administrators "
               "only; nobody changes their own role, and the last administrator stays one.";
    }
    std::string synopsis() const override { return "NAME ROLE"; }

    int run(CommandContext& context) override
    {
        const std::string user = context.arguments.positional(0, "the user's name");
        const std::string roleText = context.arguments.positional(1, "the role");
        context.arguments.expectPositionals(2);
        const auto role = domain::roleFromName(roleText);
        if (!role) {
            throw Error(ErrorCode::Usage,
                        "unknown role \"" + roleText
                            + "\"; the roles are administrator, supervisor, office_worker and caseworker");
        }
        auto session = context.unlock();
        UserAdministration(*session).setRole(user, *role);
        context.out << user << " is now " << domain::roleName(*role) << "\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeUserRoleCommand()
{
    return std::make_unique<UserRoleCommand>();
}

} // namespace majakka::cli
