#include "Terminal.h"
#include "commands/Commands.h"
#include "session/Session.h"
#include "session/UserAdministration.h"

#include <filesystem>
#include <ostream>

namespace majakka::cli {

namespace {
// The demo database the README's first command starts the program on. Later
// issues fill it with synthetic casework; for now it holds one user per role.
class DemoCommand : public Command
{
public:
    std::string name() const override { return "demo"; }
    std::string summary() const override
    {
        return "Create a demo database (users admin, supervisor, office and caseworker, all with the same "
               "passphrase) unless it exists already.";
    }
    std::string synopsis() const override { return "--db PATH"; }

    int run(CommandContext& context) override
    {
        const std::string database = context.arguments.required("db");
        context.arguments.expectPositionals(0);
        if (std::filesystem::exists(database)) {
            context.out << database << " exists already; leaving it as it is\n";
            return 0;
        }
        const std::string passphrase = context.terminal.passphrase(context.arguments.value("passphrase-file"),
                                                                   "Passphrase for the demo users: ");
        const crypto::KdfParams kdf = crypto::KdfParams::calibrated();
        auto session = Session::create(database, "admin", passphrase, kdf);
        UserAdministration users(*session);
        users.addUser("supervisor", domain::Role::Supervisor, passphrase, kdf);
        users.addUser("office", domain::Role::OfficeWorker, passphrase, kdf);
        users.addUser("caseworker", domain::Role::Caseworker, passphrase, kdf);
        context.out << "Created demo database " << database
                    << " (users admin, supervisor, office, caseworker)\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace majakka::cli
