#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace majakka::test {

struct CliResult
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs majakka-cli in a child process with no controlling terminal (like CI),
// with the given extra environment and none of the caller's MAJAKKA_* variables.
CliResult runCli(const std::vector<std::string>& arguments,
                 const std::map<std::string, std::string>& environment = {});

} // namespace majakka::test
