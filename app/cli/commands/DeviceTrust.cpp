#include "Input.h"
#include "commands/Commands.h"
#include "commands/OfficeOption.h"
#include "commands/SyncText.h"
#include "session/Session.h"
#include "sync/SyncService.h"

#include <ostream>

namespace majakka::cli {

namespace {
class DeviceTrustCommand : public Command
{
public:
    std::string name() const override { return "device trust"; }
    std::string summary() const override
    {
        return "Enrol the device whose identity file is FILE as NAME, once FINGERPRINT (read out by its "
               "owner "
               "from `device show` there) matches. A laptop enrolled for a worker receives only that "
               "worker's "
               "cases; for an office, that office's. Administrators only.";
    }
    std::string synopsis() const override
    {
        return "--in FILE --name NAME --fingerprint FINGERPRINT [--worker USER] [--office OFFICE]";
    }
    OptionSpec options() const override { return {{"in", "name", "fingerprint", "worker", "office"}, {}}; }

    int run(CommandContext& context) override
    {
        const Arguments& arguments = context.arguments;
        arguments.expectPositionals(0);
        const std::string file = readInput(arguments.required("in"));
        const std::string name = arguments.required("name");
        const std::string fingerprint = arguments.required("fingerprint");
        std::optional<std::string> office;
        if (const auto chosen = officeOption(arguments.value("office"))) {
            office = std::string(domain::nameOf(*chosen));
        }
        auto session = context.unlock();
        const sync::TrustedDevice device
            = sync::SyncService(*session).trust(file, name, fingerprint, arguments.value("worker"), office);
        context.out << "Enrolled " << device.identity.name << " (" << device.identity.deviceId.hex()
                    << ") for " << casesText({device.worker, device.office}) << ".\n";
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeDeviceTrustCommand()
{
    return std::make_unique<DeviceTrustCommand>();
}

} // namespace majakka::cli
