// majakka-cli: the headless tool. Parses the command line, finds the command
// and maps the core's errors to the exit codes of the CLI contract.
#include "Command.h"
#include "Error.h"
#include "Terminal.h"
#include "Version.h"

#include <iostream>
#include <string>
#include <vector>

using namespace majakka;
using namespace majakka::cli;

namespace {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2,
    AuthenticationFailed = 3,
    DamagedOrInvalid = 4,
    InUse = 5,
};

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return UsageError;
    case ErrorCode::Authentication:
        return AuthenticationFailed;
    case ErrorCode::Damaged:
    case ErrorCode::Invalid:
    case ErrorCode::NotFound:
        return DamagedOrInvalid;
    case ErrorCode::InUse:
        return InUse;
    case ErrorCode::Permission:
    case ErrorCode::Io:
    case ErrorCode::Internal:
        return Failure;
    }
    return Failure;
}

const OptionSpec GlobalOptions {{"db", "user", "passphrase-file"}, {}};

void printHelp(std::ostream& out, const std::vector<std::unique_ptr<Command>>& commands)
{
    out << "Usage: majakka-cli COMMAND [OPTIONS]\n\n"
           "Global options:\n"
           "  --db PATH               the database to use\n"
           "  --user NAME             whose key slot to open (default: the database's only user)\n"
           "  --passphrase-file FILE  read the passphrase from the first line of FILE\n\n"
           "The passphrase comes from MAJAKKA_PASSPHRASE when set, else from --passphrase-file,\n"
           "else from a prompt on the terminal. New passphrases come from MAJAKKA_NEW_PASSPHRASE\n"
           "or a prompt.\n\nCommands:\n";
    for (const auto& command : commands) {
        std::string line = "  " + command->name();
        if (!command->synopsis().empty()) {
            line += " " + command->synopsis();
        }
        out << line << "\n      " << command->summary() << "\n";
    }
    out << "  help\n      Show this help.\n"
           "\nExit codes: 0 success, 1 other failure, 2 usage error, 3 wrong passphrase or unknown user,\n"
           "4 damaged, tampered or invalid input, 5 database in use by another program.\n";
}

// The command whose name matches the most leading words of the arguments.
Command* findCommand(const std::vector<std::string>& words,
                     const std::vector<std::unique_ptr<Command>>& commands,
                     std::size_t& consumed)
{
    Command* best = nullptr;
    consumed = 0;
    for (const auto& command : commands) {
        std::vector<std::string> nameWords;
        std::string name = command->name();
        for (std::size_t start = 0; start <= name.size();) {
            const std::size_t space = name.find(' ', start);
            nameWords.push_back(name.substr(start, space - start));
            if (space == std::string::npos) {
                break;
            }
            start = space + 1;
        }
        if (nameWords.size() > consumed && nameWords.size() <= words.size()
            && std::equal(nameWords.begin(), nameWords.end(), words.begin())) {
            best = command.get();
            consumed = nameWords.size();
        }
    }
    return best;
}

int run(const std::vector<std::string>& args)
{
    const auto commands = allCommands();
    if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
        printHelp(std::cout, commands);
        return args.empty() ? UsageError : Success;
    }
    if (args[0] == "--version") {
        std::cout << "majakka-cli " << Version << "\n";
        return Success;
    }
    // Global options may come before the command's name: move them after it.
    std::vector<std::string> leading;
    std::vector<std::string> rest;
    std::size_t i = 0;
    for (; i < args.size() && args[i].rfind("--", 0) == 0; ++i) {
        leading.push_back(args[i]);
        if (args[i].find('=') == std::string::npos && i + 1 < args.size()) {
            leading.push_back(args[++i]);
        }
    }
    rest.assign(args.begin() + static_cast<std::ptrdiff_t>(i), args.end());

    std::size_t consumed = 0;
    Command* command = findCommand(rest, commands, consumed);
    if (!command) {
        throw Error(ErrorCode::Usage,
                    "unknown command \"" + (rest.empty() ? std::string() : rest[0])
                        + "\"; see majakka-cli help");
    }
    std::vector<std::string> words(rest.begin() + static_cast<std::ptrdiff_t>(consumed), rest.end());
    words.insert(words.end(), leading.begin(), leading.end());
    OptionSpec spec = command->options();
    spec.withValue.insert(GlobalOptions.withValue.begin(), GlobalOptions.withValue.end());
    spec.flags.insert("help");
    const Arguments arguments(words, spec);
    if (arguments.flag("help")) {
        std::cout << "Usage: majakka-cli " << command->name() << " " << command->synopsis() << "\n"
                  << command->summary() << "\n";
        return Success;
    }
    Terminal terminal;
    CommandContext context {arguments, std::cout, std::cerr, terminal};
    return command->run(context);
}

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    try {
        return run(args);
    } catch (const Error& error) {
        std::cerr << "majakka-cli: " << error.what() << "\n";
        return exitCodeFor(error.code());
    } catch (const std::exception& error) {
        // Library exceptions carry no record data; say what failed and stop.
        std::cerr << "majakka-cli: unexpected error: " << error.what() << "\n";
        return Failure;
    }
}
