#include "Terminal.h"
#include "commands/Commands.h"
#include "session/RecoveryKeyFile.h"
#include "session/Session.h"
#include "session/UserAdministration.h"

#include <ostream>

namespace majakka::cli {

namespace {
class RecoveryOpenCommand : public Command
{
public:
    std::string name() const override { return "recovery open"; }
    std::string summary() const override
    {
        return "Open the database with the office recovery private key (its passphrase as for --db). With "
               "--reset-user, give that user a new passphrase (from MAJAKKA_NEW_PASSPHRASE or a prompt).";
    }
    std::string synopsis() const override { return "--private-key FILE [--reset-user NAME]"; }
    OptionSpec options() const override { return {{"private-key", "reset-user"}, {}}; }

    int run(CommandContext& context) override
    {
        const std::string database = context.arguments.required("db");
        const std::string keyFile = context.arguments.required("private-key");
        context.arguments.expectPositionals(0);
        const std::string passphrase = context.terminal.passphrase(context.arguments.value("passphrase-file"),
                                                                   "Passphrase of the recovery key: ");
        const crypto::Secret privateKey = recoverykeyfile::readPrivateKey(keyFile, passphrase);
        auto session = Session::unlockWithRecovery(database, privateKey);
        UserAdministration users(*session);
        if (const auto target = context.arguments.value("reset-user")) {
            const std::string newPassphrase
                = context.terminal.newPassphrase("New passphrase for " + *target + ": ");
            users.resetPassphrase(*target, newPassphrase, crypto::KdfParams::calibrated());
            context.out << "Set a new passphrase for " << *target << "\n";
        } else {
            context.out << "The recovery key opens " << database << " (" << users.users().size()
                        << " users)\n";
        }
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeRecoveryOpenCommand()
{
    return std::make_unique<RecoveryOpenCommand>();
}

} // namespace majakka::cli
