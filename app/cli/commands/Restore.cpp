#include "Terminal.h"
#include "commands/Commands.h"
#include "session/Backup.h"

#include <ostream>

namespace majakka::cli {

namespace {
class RestoreCommand : public Command
{
public:
    std::string name() const override { return "restore"; }
    std::string summary() const override
    {
        return "Restore a backup to a new database at PATH; it opens with the same passphrases as before.";
    }
    std::string synopsis() const override { return "--in FILE --db PATH"; }
    OptionSpec options() const override { return {{"in"}, {}}; }

    int run(CommandContext& context) override
    {
        const std::string file = context.arguments.required("in");
        const std::string database = context.arguments.required("db");
        context.arguments.expectPositionals(0);
        const std::string passphrase = context.terminal.passphrase(context.arguments.value("passphrase-file"),
                                                                   "Passphrase of a user in the backup: ");
        backup::restore(file, database, context.arguments.value("user"), passphrase);
        context.out << "Restored " << file << " to " << database << "\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeRestoreCommand()
{
    return std::make_unique<RestoreCommand>();
}

} // namespace majakka::cli
