#include "Error.h"
#include "Terminal.h"
#include "commands/Commands.h"
#include "crypto/RecoveryKey.h"
#include "domain/PassphrasePolicy.h"
#include "session/RecoveryKeyFile.h"

#include <filesystem>
#include <ostream>

namespace majakka::cli {

namespace {
class RecoveryKeygenCommand : public Command
{
public:
    std::string name() const override { return "recovery keygen"; }
    std::string summary() const override
    {
        return "Make the office's recovery key pair in DIR: majakka-recovery.pub for the databases, and "
               "majakka-recovery.key sealed with a passphrase (from MAJAKKA_NEW_PASSPHRASE or a prompt).";
    }
    std::string synopsis() const override { return "--out DIR"; }
    OptionSpec options() const override { return {{"out"}, {}}; }

    int run(CommandContext& context) override
    {
        const std::filesystem::path folder = context.arguments.required("out");
        context.arguments.expectPositionals(0);
        const auto publicFile = folder / recoverykeyfile::PublicFileName;
        const auto privateFile = folder / recoverykeyfile::PrivateFileName;
        for (const auto& file : {publicFile, privateFile}) {
            if (std::filesystem::exists(file)) {
                throw Error(ErrorCode::Usage, file.string() + " exists already; choose another folder");
            }
        }
        std::filesystem::create_directories(folder);
        const std::string passphrase
            = context.terminal.newPassphrase("Passphrase for the recovery private key: ");
        domain::validateNewPassphrase(passphrase);
        const auto pair = crypto::RecoveryKeyPair::generate();
        recoverykeyfile::writePrivateKey(
            privateFile, pair.privateKey, passphrase, crypto::KdfParams::calibrated());
        recoverykeyfile::writePublicKey(publicFile, pair.publicKey);
        context.out << "Wrote " << publicFile.string() << " and " << privateFile.string() << "\n"
                    << "Fingerprint: " << recoverykeyfile::fingerprint(pair.publicKey) << "\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeRecoveryKeygenCommand()
{
    return std::make_unique<RecoveryKeygenCommand>();
}

} // namespace majakka::cli
