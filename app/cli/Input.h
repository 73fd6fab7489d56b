#pragma once

#include <string>

namespace majakka::cli {

// The text of a `--json FILE` argument, or of standard input when FILE is "-".
std::string readInput(const std::string& file);

} // namespace majakka::cli
