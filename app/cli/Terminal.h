#pragma once

#include <optional>
#include <string>

namespace majakka::cli {

// Where passphrases come from. The order is the CLI contract: an environment
// variable when set, else a file named on the command line, else a prompt on
// the terminal with echo off.
class Terminal
{
public:
    // The passphrase of an existing user or key.
    std::string passphrase(const std::optional<std::string>& passphraseFile, const std::string& prompt);
    // A new passphrase: MAJAKKA_NEW_PASSPHRASE, else asked twice on the terminal.
    std::string newPassphrase(const std::string& prompt);

private:
    std::string readHidden(const std::string& prompt);
};

} // namespace majakka::cli
