#include "Terminal.h"
#include "commands/Commands.h"
#include "session/Verification.h"

#include <ostream>

namespace majakka::cli {

namespace {
class VerifyCommand : public Command
{
public:
    std::string name() const override { return "verify"; }
    std::string summary() const override
    {
        return "Read every page of the database and check its key header and schema; print OK or what is "
               "wrong (exit code 4). Changes nothing.";
    }

    int run(CommandContext& context) override
    {
        const std::string database = context.arguments.required("db");
        context.arguments.expectPositionals(0);
        const std::string passphrase = context.terminal.passphrase(context.arguments.value("passphrase-file"),
                                                                   "Passphrase for " + database + ": ");
        const VerificationReport report
            = verifyDatabase(database, context.arguments.value("user"), passphrase);
        if (report.ok()) {
            context.out << "OK: " << report.pages << " pages, schema version " << report.schemaVersion << ", "
                        << report.users << " users\n";
            return 0;
        }
        for (const std::string& problem : report.problems) {
            context.err << "majakka-cli: " << database << ": " << problem << "\n";
        }
        return 4;
    }
};
} // namespace

std::unique_ptr<Command> makeVerifyCommand()
{
    return std::make_unique<VerifyCommand>();
}

} // namespace majakka::cli
