#include "domain/PersonVocabulary.h"

#include <array>
#include <utility>

namespace majakka::domain {

namespace {
constexpr std::array<std::pair<Office, std::string_view>, 4> Prefixes = {{
    {Office::Joutseno, "JNS"},
    {Office::Helsinki, "HKI"},
    {Office::Oulu, "OUL"},
    {Office::Tampere, "TRE"},
}};
} // namespace

std::string_view clientNumberPrefix(Office office)
{
    for (const auto& [value, prefix] : Prefixes) {
        if (value == office) {
            return prefix;
        }
    }
    return "XXX";
}

std::optional<Office> officeFromClientNumberPrefix(std::string_view prefix)
{
    for (const auto& [value, text] : Prefixes) {
        if (text == prefix) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace majakka::domain
