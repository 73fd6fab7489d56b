#pragma once

#include "domain/Date.h"

#include <optional>
#include <string>
#include <string_view>

namespace majakka::domain {

// A Finnish personal identity code (henkilötunnus), "DDMMYYCZZZQ": birth date,
// century sign, individual number and check character. The century sign is
// part of the identity: 100190-999P and 100190Y999P are different people, so
// the text is kept exactly as given and never normalised.
class PersonalIdentityCode
{
public:
    // Throws Error(Invalid, sentence, field) naming what is wrong: the
    // length, the date, the century sign, the individual number or the check
    // character.
    static PersonalIdentityCode parse(std::string_view text, const std::string& field = "personal_id");
    static std::optional<PersonalIdentityCode> tryParse(std::string_view text);

    // The check character for DDMMYY and ZZZ: DDMMYYZZZ mod 31 indexed into
    // "0123456789ABCDEFHJKLMNPRSTUVWXY".
    static char checkCharacter(std::string_view ddmmyy, std::string_view zzz);
    // Whether `sign` is a century sign, and the first year of its century.
    static std::optional<int> centuryOfSign(char sign);

    const std::string& text() const { return m_text; }
    Date birthDate() const { return m_birthDate; }
    char centurySign() const { return m_text[6]; }
    int individualNumber() const { return m_individualNumber; }
    // 900-999 are temporary codes, given before a permanent one exists.
    bool isTemporary() const { return m_individualNumber >= 900; }
    // The individual number is odd for men and even for women.
    bool isMale() const { return m_individualNumber % 2 == 1; }

    bool operator==(const PersonalIdentityCode& other) const { return m_text == other.m_text; }

private:
    PersonalIdentityCode() = default;

    std::string m_text;
    Date m_birthDate;
    int m_individualNumber = 0;
};

} // namespace majakka::domain
