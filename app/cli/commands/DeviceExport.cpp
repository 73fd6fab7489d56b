#include "Error.h"
#include "commands/Commands.h"
#include "session/Session.h"
#include "store/AtomicFile.h"
#include "sync/SyncService.h"

#include <filesystem>
#include <ostream>

namespace majakka::cli {

namespace {
class DeviceExportCommand : public Command
{
public:
    std::string name() const override { return "device export"; }
    std::string summary() const override
    {
        return "Write this device's public identity (its id, name and public keys; nothing secret) to FILE, "
               "for `device trust` on another device.";
    }
    std::string synopsis() const override { return "--out FILE"; }
    OptionSpec options() const override { return {{"out"}, {}}; }

    int run(CommandContext& context) override
    {
        const std::filesystem::path out = context.arguments.required("out");
        context.arguments.expectPositionals(0);
        std::error_code ec;
        if (std::filesystem::exists(out, ec)) {
            throw Error(ErrorCode::Usage,
                        "the file " + out.string() + " exists already; choose another name");
        }
        auto session = context.unlock();
        sync::SyncService sync(*session);
        store::writeFileAtomically(out, crypto::asBytes(sync.identityFile()));
        context.out << "Wrote " << out.string() << ". Its fingerprint is " << sync.fingerprint()
                    << ": read it to whoever enrols this device.\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeDeviceExportCommand()
{
    return std::make_unique<DeviceExportCommand>();
}

} // namespace majakka::cli
