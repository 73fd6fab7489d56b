#include "Arguments.h"

#include "Error.h"

namespace majakka::cli {

Arguments::Arguments(const std::vector<std::string>& words, const OptionSpec& spec)
{
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word.size() > 2 && word.rfind("--", 0) == 0) {
            std::string name = word.substr(2);
            std::optional<std::string> inlineValue;
            if (const auto eq = name.find('='); eq != std::string::npos) {
                inlineValue = name.substr(eq + 1);
                name = name.substr(0, eq);
            }
            if (spec.withValue.count(name)) {
                if (inlineValue) {
                    m_values[name] = *inlineValue;
                } else if (i + 1 < words.size()) {
                    m_values[name] = words[++i];
                } else {
                    throw Error(ErrorCode::Usage, "the option --" + name + " needs a value");
                }
            } else if (spec.flags.count(name) && !inlineValue) {
                m_flags.insert(name);
            } else {
                throw Error(ErrorCode::Usage, "unknown option --" + name);
            }
        } else {
            m_positionals.push_back(word);
        }
    }
}

std::optional<std::string> Arguments::value(const std::string& option) const
{
    const auto found = m_values.find(option);
    if (found == m_values.end()) {
        return std::nullopt;
    }
    return found->second;
}

std::string Arguments::required(const std::string& option) const
{
    const auto found = value(option);
    if (!found || found->empty()) {
        throw Error(ErrorCode::Usage, "the option --" + option + " is required");
    }
    return *found;
}

std::string Arguments::positional(std::size_t index, const std::string& name) const
{
    if (index >= m_positionals.size()) {
        throw Error(ErrorCode::Usage, "missing " + name);
    }
    return m_positionals[index];
}

void Arguments::expectPositionals(std::size_t count) const
{
    if (m_positionals.size() > count) {
        throw Error(ErrorCode::Usage, "unexpected argument \"" + m_positionals[count] + "\"");
    }
}

} // namespace majakka::cli
