#include "Terminal.h"
#include "commands/Commands.h"
#include "session/Session.h"

#include <ostream>

namespace majakka::cli {

namespace {
class InitCommand : public Command
{
public:
    std::string name() const override { return "init"; }
    std::string summary() const override
    {
        return "Create a new encrypted database whose first user is an administrator.";
    }
    std::string synopsis() const override { return "--db PATH --user NAME"; }

    int run(CommandContext& context) override
    {
        const std::string database = context.arguments.required("db");
        const std::string user = context.arguments.required("user");
        context.arguments.expectPositionals(0);
        const std::string passphrase = context.terminal.passphrase(context.arguments.value("passphrase-file"),
                                                                   "Passphrase for " + user + ": ");
        const auto session = Session::create(database, user, passphrase, crypto::KdfParams::calibrated());
        context.out << "Created " << database << " with administrator " << session->user().name << "\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace majakka::cli
