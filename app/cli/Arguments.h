#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace majakka::cli {

// The options a command understands: those that take a value (`--db PATH`) and
// plain flags (`--json`).
struct OptionSpec
{
    std::set<std::string> withValue;
    std::set<std::string> flags;
};

// Parsed command-line words after the command's name. Throws UsageError on an
// unknown option or a missing value.
class Arguments
{
public:
    Arguments(const std::vector<std::string>& words, const OptionSpec& spec);

    std::optional<std::string> value(const std::string& option) const;
    std::string required(const std::string& option) const;
    bool flag(const std::string& option) const { return m_flags.count(option) > 0; }
    const std::vector<std::string>& positionals() const { return m_positionals; }
    // The single positional argument a command expects, named for the usage message.
    std::string positional(std::size_t index, const std::string& name) const;
    void expectPositionals(std::size_t count) const;

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positionals;
};

} // namespace majakka::cli
