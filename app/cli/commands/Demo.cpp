#include "Clock.h"
#include "Error.h"
#include "Terminal.h"
#include "casework/ClientService.h"
#include "casework/DemoGenerator.h"
#include "commands/Commands.h"
#include "session/Session.h"
#include "session/UserAdministration.h"

#include <chrono>
#include <filesystem>
#include <ostream>

namespace majakka::cli {

namespace {
// The demo database the README's first command starts the program on: one
// user per role and synthetic clients (DemoGenerator), assigned to the caseworker.
class DemoCommand : public Command
{
public:
    std::string name() const override { return "demo"; }
    std::string summary() const override
    {
        return "Create a demo database (users admin, supervisor, office and caseworker, all with the same "
               "passphrase, and N synthetic clients) unless it exists already.";
    }
    std::string synopsis() const override { return "--db PATH [--clients N] [--seed S]"; }
    OptionSpec options() const override { return {{"clients", "seed"}, {}}; }

    int run(CommandContext& context) override
    {
        const std::string database = context.arguments.required("db");
        context.arguments.expectPositionals(0);
        const std::size_t clients = number(context, "clients", 200);
        const auto seed = static_cast<std::uint32_t>(number(context, "seed", 1));
        if (std::filesystem::exists(database)) {
            context.out << database << " exists already; leaving it as it is\n";
            return 0;
        }
        const std::string passphrase = context.terminal.passphrase(context.arguments.value("passphrase-file"),
                                                                   "Passphrase for the demo users: ");
        const crypto::KdfParams kdf = crypto::KdfParams::calibrated();
        auto session = Session::create(database, "admin", passphrase, kdf);
        UserAdministration users(*session);
        users.addUser("supervisor", domain::Role::Supervisor, passphrase, kdf);
        users.addUser("office", domain::Role::OfficeWorker, passphrase, kdf);
        users.setOffice("office", domain::Office::Helsinki);
        users.addUser("caseworker", domain::Role::Caseworker, passphrase, kdf);
        context.out << "Created demo database " << database
                    << " (users admin, supervisor, office (Helsinki), caseworker)\n";

        const auto started = std::chrono::steady_clock::now();
        const domain::Date today = domain::Date::fromTimePoint(session->clock().now());
        ClientService service(*session);
        const std::size_t added = DemoGenerator::addClients(service, clients, seed, today, {"caseworker"});
        const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - started);
        context.out << "Added " << added << " synthetic clients (seed " << seed << ") in " << elapsed.count()
                    << " ms\n";
        return 0;
    }

private:
    static std::size_t number(CommandContext& context, const std::string& option, std::size_t fallback)
    {
        const auto text = context.arguments.value(option);
        if (!text) {
            return fallback;
        }
        try {
            std::size_t used = 0;
            const unsigned long value = std::stoul(*text, &used);
            if (used == text->size() && value <= 10'000'000 && (*text)[0] != '-') {
                return static_cast<std::size_t>(value);
            }
        } catch (const std::exception&) { }
        throw Error(ErrorCode::Usage, "--" + option + " takes a number from 0 to 10000000");
    }
};
} // namespace

std::unique_ptr<Command> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace majakka::cli
