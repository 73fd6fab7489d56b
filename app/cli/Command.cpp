#include "Command.h"

#include "Terminal.h"
#include "session/Session.h"

namespace majakka::cli {

std::unique_ptr<Session> CommandContext::unlock() const
{
    const std::string database = arguments.required("db");
    const std::string passphrase
        = terminal.passphrase(arguments.value("passphrase-file"), "Passphrase for " + database + ": ");
    return Session::unlock(database, arguments.value("user"), passphrase);
}

} // namespace majakka::cli
