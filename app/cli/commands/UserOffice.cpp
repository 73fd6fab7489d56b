#include "commands/Commands.h"
#include "commands/OfficeOption.h"
#include "session/Session.h"
#include "session/UserAdministration.h"

#include <ostream>

namespace majakka::cli {

namespace {
class UserOfficeCommand : public Command
{
public:
    std::string name() const override { return "user office"; }
    std::string summary() const override
    {
        return "Set the office a user works in (an office worker sees that office's clients), or none.";
    }
    std::string synopsis() const override { return "NAME joutseno|helsinki|oulu|tampere|none"; }

    int run(CommandContext& context) override
    {
        const std::string user = context.arguments.positional(0, "the user's name");
        const std::string officeText = context.arguments.positional(1, "the office, or none");
        context.arguments.expectPositionals(2);
        const auto office = officeText == "none" ? std::nullopt : officeOption(officeText);
        auto session = context.unlock();
        UserAdministration(*session).setOffice(user, office);
        context.out << user << " works in " << (office ? domain::nameOf(*office) : "no office") << "\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeUserOfficeCommand()
{
    return std::make_unique<UserOfficeCommand>();
}

} // namespace majakka::cli
