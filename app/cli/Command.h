#pragma once

#include "Arguments.h"

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace majakka {
class Session;
}

namespace majakka::cli {

class Terminal;

// What every command gets: its parsed arguments, the streams, and the way to
// ask for passphrases.
struct CommandContext
{
    const Arguments& arguments;
    std::ostream& out;
    std::ostream& err;
    Terminal& terminal;

    // Opens the database named by --db with the passphrase from MAJAKKA_PASSPHRASE,
    // --passphrase-file or the terminal, as --user (default: the only user).
    std::unique_ptr<Session> unlock() const;
};

// One verb of majakka-cli (KeePassXC's cli/Command pattern): a class per
// command, registered by name in Commands.cpp.
class Command
{
public:
    virtual ~Command() = default;

    // The words that name the command, e.g. "user add".
    virtual std::string name() const = 0;
    // One line for `majakka-cli help`.
    virtual std::string summary() const = 0;
    // The argument synopsis after the name, e.g. "NAME --role ROLE".
    virtual std::string synopsis() const { return {}; }
    // The options besides the global ones (--db, --user, --passphrase-file).
    virtual OptionSpec options() const { return {}; }
    // Returns the exit code; failures are thrown as majakka::Error.
    virtual int run(CommandContext& context) = 0;
};

std::vector<std::unique_ptr<Command>> allCommands();

} // namespace majakka::cli
