#include "commands/Commands.h"
#include "session/RecoveryKeyFile.h"
#include "session/Session.h"
#include "session/UserAdministration.h"

#include <ostream>

namespace majakka::cli {

namespace {
class RecoverySetCommand : public Command
{
public:
    std::string name() const override { return "recovery set"; }
    std::string summary() const override
    {
        return "Seal the database's key to the office recovery public key, so the office can open it when a "
               "passphrase is forgotten (administrators only).";
    }
    std::string synopsis() const override { return "--public-key FILE"; }
    OptionSpec options() const override { return {{"public-key"}, {}}; }

    int run(CommandContext& context) override
    {
        const std::string file = context.arguments.required("public-key");
        context.arguments.expectPositionals(0);
        const crypto::Bytes publicKey = recoverykeyfile::readPublicKey(file);
        auto session = context.unlock();
        UserAdministration(*session).setRecoveryKey(publicKey);
        context.out << "Recovery key set, fingerprint " << recoverykeyfile::fingerprint(publicKey) << "\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeRecoverySetCommand()
{
    return std::make_unique<RecoverySetCommand>();
}

} // namespace majakka::cli
