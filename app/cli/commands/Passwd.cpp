#include "Terminal.h"
#include "commands/Commands.h"
#include "session/Session.h"
#include "session/UserAdministration.h"

#include <ostream>

namespace majakka::cli {

namespace {
class PasswdCommand : public Command
{
public:
    std::string name() const override { return "passwd"; }
    std::string summary() const override
    {
        return "Change your passphrase (the new one from MAJAKKA_NEW_PASSPHRASE or a prompt). Only your key "
               "slot is rewritten; the data is not re-encrypted.";
    }

    int run(CommandContext& context) override
    {
        context.arguments.expectPositionals(0);
        auto session = context.unlock();
        const std::string passphrase = context.terminal.newPassphrase("New passphrase: ");
        UserAdministration(*session).changeOwnPassphrase(passphrase, crypto::KdfParams::calibrated());
        context.out << "Changed the passphrase of " << session->user().name << "\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makePasswdCommand()
{
    return std::make_unique<PasswdCommand>();
}

} // namespace majakka::cli
