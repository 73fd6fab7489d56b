#include "domain/PersonalIdentityCode.h"

#include "Error.h"

namespace majakka::domain {

namespace {
constexpr std::string_view CheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";

bool allDigits(std::string_view text)
{
    for (char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

int number(std::string_view text)
{
    int value = 0;
    for (char c : text) {
        value = value * 10 + (c - '0');
    }
    return value;
}

[[noreturn]] void refuse(const std::string& field, std::string_view text, const std::string& what)
{
    throw Error(ErrorCode::Invalid,
                "\"" + field + "\" is not a valid personal identity code (\"" + std::string(text)
                    + "\"): " + what,
                field);
}
} // namespace

std::optional<int> PersonalIdentityCode::centuryOfSign(char sign)
{
    switch (sign) {
    case '+':
        return 1800;
    case '-':
    case 'Y':
    case 'X':
    case 'W':
    case 'V':
    case 'U':
        return 1900;
    case 'A':
    case 'B':
    case 'C':
    case 'D':
    case 'E':
    case 'F':
        return 2000;
    default:
        return std::nullopt;
    }
}

char PersonalIdentityCode::checkCharacter(std::string_view ddmmyy, std::string_view zzz)
{
    const long value = static_cast<long>(number(ddmmyy)) * 1000 + number(zzz);
    return CheckCharacters[static_cast<std::size_t>(value % 31)];
}

PersonalIdentityCode PersonalIdentityCode::parse(std::string_view text, const std::string& field)
{
    if (text.size() != 11) {
        refuse(field,
               text,
               "it must be 11 characters long (DDMMYYCZZZQ), not " + std::to_string(text.size()) + ".");
    }
    const std::string_view ddmmyy = text.substr(0, 6);
    const std::string_view zzz = text.substr(7, 3);
    if (!allDigits(ddmmyy)) {
        refuse(field, text, "the first six characters must be the birth date as digits DDMMYY.");
    }
    const auto century = centuryOfSign(text[6]);
    if (!century) {
        refuse(
            field,
            text,
            "the seventh character must be a century sign: + (1800s), - Y X W V U (1900s) or A-F (2000s).");
    }
    const auto birthDate = Date::fromYmd(*century + number(ddmmyy.substr(4, 2)),
                                         static_cast<unsigned>(number(ddmmyy.substr(2, 2))),
                                         static_cast<unsigned>(number(ddmmyy.substr(0, 2))));
    if (!birthDate) {
        refuse(field, text, "DDMMYY with its century sign is not a real date.");
    }
    if (!allDigits(zzz) || number(zzz) < 2) {
        refuse(field, text, "the individual number (characters 8-10) must be digits from 002 to 999.");
    }
    const char expected = checkCharacter(ddmmyy, zzz);
    if (text[10] != expected) {
        refuse(field,
               text,
               "the check character (the last one, a digit or capital letter) does not match the rest of the "
               "code.");
    }
    PersonalIdentityCode code;
    code.m_text = std::string(text);
    code.m_birthDate = *birthDate;
    code.m_individualNumber = number(zzz);
    return code;
}

std::optional<PersonalIdentityCode> PersonalIdentityCode::tryParse(std::string_view text)
{
    try {
        return parse(text);
    } catch (const Error&) {
        return std::nullopt;
    }
}

} // namespace majakka::domain
