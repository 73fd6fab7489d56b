#include "domain/ClientNumber.h"

#include "Error.h"

#include <cstdio>

namespace majakka::domain {

namespace {
constexpr int FirstYear = 2000;
constexpr int LastYear = 9999;
constexpr unsigned LargestSequence = 99'999'999;

std::optional<unsigned> digitsOnly(std::string_view text)
{
    if (text.empty() || text.size() > 8) {
        return std::nullopt;
    }
    unsigned value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + static_cast<unsigned>(c - '0');
    }
    return value;
}
} // namespace

std::string ClientNumber::toString() const
{
    char buffer[32];
    std::snprintf(buffer,
                  sizeof buffer,
                  "%s-%04d-%04u",
                  std::string(clientNumberPrefix(office)).c_str(),
                  year,
                  sequence);
    return buffer;
}

std::optional<ClientNumber> ClientNumber::tryParse(std::string_view text)
{
    // PPP-YYYY-NNNN: at least 13 characters.
    if (text.size() < 13 || text[3] != '-' || text[8] != '-') {
        return std::nullopt;
    }
    const auto office = officeFromClientNumberPrefix(text.substr(0, 3));
    const auto year = digitsOnly(text.substr(4, 4));
    const auto sequence = digitsOnly(text.substr(9));
    if (!office || !year || !sequence || *year < FirstYear || *year > LastYear || *sequence == 0
        || *sequence > LargestSequence) {
        return std::nullopt;
    }
    const ClientNumber number {*office, static_cast<int>(*year), *sequence};
    if (number.toString() != text) {
        return std::nullopt; // e.g. extra leading zeros: "HKI-2026-00042"
    }
    return number;
}

std::optional<std::string> ClientNumber::typedPrefix(std::string_view text)
{
    const auto space = [](char c) {
        return c == ' ' || c == '\t';
    };
    while (!text.empty() && space(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && space(text.back())) {
        text.remove_suffix(1);
    }
    // PPP-YYYY-NNNN…: the dashes where they belong, digits elsewhere.
    if (text.size() < 4 || text.size() > 17 || text[3] != '-') {
        return std::nullopt;
    }
    std::string prefix;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i < 3) {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return std::nullopt;
            }
            prefix.push_back(static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c));
        } else if (i == 3 || i == 8) {
            if (c != '-') {
                return std::nullopt;
            }
            prefix.push_back(c);
        } else if (c >= '0' && c <= '9') {
            prefix.push_back(c);
        } else {
            return std::nullopt;
        }
    }
    if (!officeFromClientNumberPrefix(std::string_view(prefix).substr(0, 3))) {
        return std::nullopt;
    }
    return prefix;
}

ClientNumber ClientNumber::parse(std::string_view text, const std::string& field)
{
    if (auto number = tryParse(text)) {
        return *number;
    }
    throw Error(
        ErrorCode::Invalid,
        "\"" + field
            + "\" must be a client number such as HKI-2026-0042: an office prefix (JNS, HKI, OUL or TRE), "
              "a year and a sequence of at least four digits; \""
            + std::string(text) + "\" is not.",
        field);
}

} // namespace majakka::domain
