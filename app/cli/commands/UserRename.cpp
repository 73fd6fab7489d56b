#include "commands/Commands.h"
#include "session/Session.h"
#include "session/UserAdministration.h"

#include <ostream>

namespace majakka::cli {

namespace {
class UserRenameCommand : public Command
{
public:
    std::string name() const override { return "user rename"; }
    std::string summary() const override { return "Rename a user; their passphrase stays the same."; }
    std::string synopsis() const override { return "OLD-NAME NEW-NAME"; }

    int run(CommandContext& context) override
    {
        const std::string oldName = context.arguments.positional(0, "the user's current name");
        const std::string newName = context.arguments.positional(1, "the user's new name");
        context.arguments.expectPositionals(2);
        auto session = context.unlock();
        UserAdministration(*session).renameUser(oldName, newName);
        context.out << "Renamed " << oldName << " to " << newName << "\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeUserRenameCommand()
{
    return std::make_unique<UserRenameCommand>();
}

} // namespace majakka::cli
