#include "Error.h"
#include "Terminal.h"
#include "commands/Commands.h"
#include "commands/OfficeOption.h"
#include "session/Session.h"
#include "session/UserAdministration.h"

#include <ostream>

namespace majakka::cli {

namespace {
class UserAddCommand : public Command
{
public:
    std::string name() const override { return "user add"; }
    std::string summary() const override
    {
        return "Add a user (ROLE: administrator, supervisor, office_worker or caseworker). The new user's "
               "passphrase comes from MAJAKKA_NEW_PASSPHRASE or a prompt.";
    }
    std::string synopsis() const override { return "NAME --role ROLE [--office OFFICE]"; }
    OptionSpec options() const override { return {{"role", "office"}, {}}; }

    int run(CommandContext& context) override
    {
        const std::string newUser = context.arguments.positional(0, "the new user's name");
        context.arguments.expectPositionals(1);
        const std::string roleText = context.arguments.required("role");
        const auto role = domain::roleFromName(roleText);
        if (!role) {
            throw Error(ErrorCode::Usage,
                        "unknown role \"" + roleText
                            + "\"; use administrator, supervisor, office_worker or caseworker");
        }
        const auto office = officeOption(context.arguments.value("office"));
        auto session = context.unlock();
        const std::string passphrase = context.terminal.newPassphrase("Passphrase for " + newUser + ": ");
        const domain::User user = UserAdministration(*session).addUser(
            newUser, *role, passphrase, crypto::KdfParams::calibrated());
        if (office) {
            UserAdministration(*session).setOffice(user.name, *office);
        }
        context.out << "Added " << user.name << " (" << domain::roleName(user.role) << ")\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeUserAddCommand()
{
    return std::make_unique<UserAddCommand>();
}

} // namespace majakka::cli
