#include "session/Backup.h"

#include "commands/Commands.h"
#include "session/Session.h"

#include <ostream>

namespace majakka::cli {

namespace {
class BackupCommand : public Command
{
public:
    std::string name() const override { return "backup"; }
    std::string summary() const override
    {
        return "Write an encrypted backup of the database and its key header to FILE.";
    }
    std::string synopsis() const override { return "--out FILE"; }
    OptionSpec options() const override { return {{"out"}, {}}; }

    int run(CommandContext& context) override
    {
        const std::string file = context.arguments.required("out");
        context.arguments.expectPositionals(0);
        auto session = context.unlock();
        backup::write(*session, file);
        context.out << "Wrote backup " << file << "\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

} // namespace majakka::cli
