#include "commands/Commands.h"
#include "session/Session.h"
#include "session/UserAdministration.h"

#include <ostream>

namespace majakka::cli {

namespace {
class UserRemoveCommand : public Command
{
public:
    std::string name() const override { return "user remove"; }
    std::string summary() const override { return "Remove a user and their key slot."; }
    std::string synopsis() const override { return "NAME"; }

    int run(CommandContext& context) override
    {
        const std::string target = context.arguments.positional(0, "the name of the user to remove");
        context.arguments.expectPositionals(1);
        auto session = context.unlock();
        UserAdministration(*session).removeUser(target);
        context.out << "Removed " << target << "\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeUserRemoveCommand()
{
    return std::make_unique<UserRemoveCommand>();
}

} // namespace majakka::cli
