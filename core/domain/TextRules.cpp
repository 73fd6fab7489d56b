#include "domain/TextRules.h"

#include "Error.h"

#include <set>

namespace majakka::domain::text {

namespace {
[[noreturn]] void refuse(const std::string& field, const std::string& sentenceAfterField)
{
    throw Error(ErrorCode::Invalid, "\"" + field + "\" " + sentenceAfterField, field);
}

bool isValidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        if (c < 0x80) {
            extra = 0;
        } else if ((c & 0xe0) == 0xc0 && c >= 0xc2) {
            extra = 1;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2;
        } else if ((c & 0xf8) == 0xf0 && c <= 0xf4) {
            extra = 3;
        } else {
            return false;
        }
        if (i + extra >= text.size() && extra > 0) {
            return false;
        }
        for (std::size_t k = 1; k <= extra; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xc0) != 0x80) {
                return false;
            }
        }
        i += extra + 1;
    }
    return true;
}

void checkCharacters(const std::string& value, const std::string& field, std::size_t maximum, bool lineBreaks)
{
    if (value.size() > maximum) {
        refuse(field, "can be at most " + std::to_string(maximum) + " bytes long.");
    }
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        const bool allowedBreak = lineBreaks && (c == '\n' || c == '\r' || c == '\t');
        if ((u < 0x20 || u == 0x7f) && !allowedBreak) {
            refuse(field,
                   lineBreaks ? "cannot contain control characters other than line breaks and tabs."
                              : "cannot contain control characters or line breaks.");
        }
    }
    if (!isValidUtf8(value)) {
        refuse(field, "must be UTF-8 text.");
    }
}

bool allOf(std::string_view text, char low, char high)
{
    for (char c : text) {
        if (c < low || c > high) {
            return false;
        }
    }
    return true;
}
} // namespace

std::string path(std::string_view prefix, std::string_view key)
{
    if (prefix.empty()) {
        return std::string(key);
    }
    return std::string(prefix) + "." + std::string(key);
}

std::string indexed(std::string_view key, std::size_t index)
{
    return std::string(key) + "[" + std::to_string(index) + "]";
}

void checkText(const std::string& value, const std::string& field, std::size_t maximum)
{
    checkCharacters(value, field, maximum, false);
}

void checkLongText(const std::string& value, const std::string& field)
{
    checkCharacters(value, field, LongTextLength, true);
}

void checkRequiredText(const std::string& value, const std::string& field, std::size_t maximum)
{
    if (value.find_first_not_of(" \t") == std::string::npos) {
        refuse(field, "cannot be empty.");
    }
    checkText(value, field, maximum);
}

bool isCountryCode(std::string_view code)
{
    return code.size() == 2 && allOf(code, 'A', 'Z');
}

void checkCountryCode(const std::string& code, const std::string& field)
{
    if (!isCountryCode(code)) {
        refuse(field,
               "must be an ISO 3166 country code of two capital letters such as FI or RO; \"" + code
                   + "\" is not.");
    }
}

bool isLanguageCode(std::string_view code)
{
    return (code.size() == 2 || code.size() == 3) && allOf(code, 'a', 'z');
}

void checkCodeList(const std::vector<std::string>& codes,
                   const std::string& key,
                   bool (*isValid)(std::string_view),
                   std::string_view expected)
{
    std::set<std::string> seen;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const std::string field = indexed(key, i);
        if (!isValid(codes[i])) {
            refuse(field, "must be " + std::string(expected) + "; \"" + codes[i] + "\" is not.");
        }
        if (!seen.insert(codes[i]).second) {
            refuse(field, "repeats \"" + codes[i] + "\", which is already in the list.");
        }
    }
}

void checkPhone(const std::string& phone, const std::string& field)
{
    int digits = 0;
    for (char c : phone) {
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (std::string_view(" +-()").find(c) == std::string_view::npos) {
            refuse(field,
                   "can hold only digits, spaces and + - ( ); \"" + phone + "\" has other characters.");
        }
    }
    if (digits < 5 || digits > 20 || phone.size() > 40) {
        refuse(field, "must be a phone number of 5 to 20 digits, e.g. +358 40 123 4567.");
    }
}

void checkEmail(const std::string& email, const std::string& field)
{
    const auto at = email.find('@');
    const bool shaped = at != std::string::npos && at > 0 && email.find('@', at + 1) == std::string::npos
        && email.find('.', at + 2) != std::string::npos && email.back() != '.'
        && email.find_first_of(" \t\r\n") == std::string::npos && email.size() <= 254;
    if (!shaped) {
        refuse(field, "must be an e-mail address such as name@example.fi; \"" + email + "\" is not.");
    }
}

} // namespace majakka::domain::text
