#include "commands/Commands.h"
#include "session/Session.h"
#include "sync/SyncService.h"

#include <ostream>

namespace majakka::cli {

namespace {
class DeviceRevokeCommand : public Command
{
public:
    std::string name() const override { return "device revoke"; }
    std::string summary() const override
    {
        return "Revoke a device (by its id, a unique start of it, or its name): its packages are refused "
               "from now "
               "on and nothing is exported to it. Administrators only.";
    }
    std::string synopsis() const override { return "DEVICE"; }

    int run(CommandContext& context) override
    {
        const std::string device = context.arguments.positional(0, "the device's id or name");
        context.arguments.expectPositionals(1);
        auto session = context.unlock();
        const sync::TrustedDevice revoked = sync::SyncService(*session).revoke(device);
        context.out << "Revoked " << revoked.identity.name << " (" << revoked.identity.deviceId.hex()
                    << "): its packages are refused from now on.\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeDeviceRevokeCommand()
{
    return std::make_unique<DeviceRevokeCommand>();
}

} // namespace majakka::cli
