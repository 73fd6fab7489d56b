#include "commands/Commands.h"
#include "commands/SyncText.h"
#include "session/Session.h"
#include "sync/SyncService.h"

#include <ostream>

namespace majakka::cli {

namespace {
class DeviceListCommand : public Command
{
public:
    std::string name() const override { return "device list"; }
    std::string summary() const override
    {
        return "List the devices this database trusts, revoked ones marked.";
    }
    std::string synopsis() const override { return "[--json]"; }
    OptionSpec options() const override { return {{}, {"json"}}; }

    int run(CommandContext& context) override
    {
        context.arguments.expectPositionals(0);
        auto session = context.unlock();
        const auto devices = sync::SyncService(*session).devices();
        if (context.arguments.flag("json")) {
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (const auto& device : devices) {
                list.push_back(deviceJson(device));
            }
            context.out << list.dump(2) << "\n";
            return 0;
        }
        for (const auto& device : devices) {
            context.out << device.identity.deviceId.hex() << "\t" << device.identity.name << "\t"
                        << casesText({device.worker, device.office}) << "\t"
                        << (device.revokedAt ? "revoked " + *device.revokedAt : "trusted " + device.trustedAt)
                        << "\n";
        }
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeDeviceListCommand()
{
    return std::make_unique<DeviceListCommand>();
}

} // namespace majakka::cli
