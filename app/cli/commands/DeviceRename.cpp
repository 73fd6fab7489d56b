#include "commands/Commands.h"
#include "session/Session.h"
#include "sync/SyncService.h"

#include <ostream>

namespace majakka::cli {

namespace {
class DeviceRenameCommand : public Command
{
public:
    std::string name() const override { return "device rename"; }
    std::string summary() const override
    {
        return "Give this device a new name (peers see it in the next identity file). Administrators only.";
    }
    std::string synopsis() const override { return "NAME"; }

    int run(CommandContext& context) override
    {
        const std::string name = context.arguments.positional(0, "the new name");
        context.arguments.expectPositionals(1);
        auto session = context.unlock();
        sync::SyncService(*session).renameDevice(name);
        context.out << "This device is now called " << name << ".\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeDeviceRenameCommand()
{
    return std::make_unique<DeviceRenameCommand>();
}

} // namespace majakka::cli
