#include "commands/Commands.h"
#include "session/Session.h"
#include "sync/SyncService.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace majakka::cli {

namespace {
class DeviceShowCommand : public Command
{
public:
    std::string name() const override { return "device show"; }
    std::string summary() const override
    {
        return "Show this database's device identity: its id, its name and the fingerprint to read aloud to "
               "whoever enrols it on another device.";
    }
    std::string synopsis() const override { return "[--json]"; }
    OptionSpec options() const override { return {{}, {"json"}}; }

    int run(CommandContext& context) override
    {
        context.arguments.expectPositionals(0);
        auto session = context.unlock();
        const sync::PublicIdentity identity = sync::SyncService(*session).identity();
        if (context.arguments.flag("json")) {
            const nlohmann::ordered_json out {{"id", identity.deviceId.hex()},
                                              {"name", identity.name},
                                              {"fingerprint", identity.fingerprint()},
                                              {"software", identity.software}};
            context.out << out.dump(2) << "\n";
        } else {
            context.out << "Device:      " << identity.name << "\nId:          " << identity.deviceId.hex()
                        << "\nFingerprint: " << identity.fingerprint() << "\n";
        }
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeDeviceShowCommand()
{
    return std::make_unique<DeviceShowCommand>();
}

} // namespace majakka::cli
