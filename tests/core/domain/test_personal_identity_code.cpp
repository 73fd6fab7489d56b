#include "Error.h"
#include "domain/PersonalIdentityCode.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <random>
#include <string>

using namespace majakka;
using namespace majakka::domain;

namespace {
constexpr std::string_view AllSigns = "+-YXWVUABCDEF";

// Builds a valid code from its parts, computing the check character here
// rather than with the code under test.
std::string makeCode(Date birth, char sign, int individual)
{
    char head[16];
    std::snprintf(head, sizeof head, "%02u%02u%02d", birth.day(), birth.month(), birth.year() % 100);
    char tail[8];
    std::snprintf(tail, sizeof tail, "%03d", individual);
    const long value = std::stol(std::string(head) + tail);
    const char check
        = std::string_view("0123456789ABCDEFHJKLMNPRSTUVWXY")[static_cast<std::size_t>(value % 31)];
    return std::string(head) + sign + tail + check;
}

int centuryOf(char sign)
{
    if (sign == '+') {
        return 1800;
    }
    return std::string_view("-YXWVU").find(sign) != std::string_view::npos ? 1900 : 2000;
}

std::string fieldOfFailure(std::string_view text)
{
    try {
        PersonalIdentityCode::parse(text, "personal_id");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Invalid);
        return error.what();
    }
    return "";
}
} // namespace

TEST_CASE("hand-checked identity codes are valid", "[domain]")
{
    const auto code = PersonalIdentityCode::parse("131052-308T");
    CHECK(code.birthDate() == *Date::fromYmd(1952, 10, 13));
    CHECK(code.individualNumber() == 308);
    CHECK_FALSE(code.isMale());
    CHECK_FALSE(code.isTemporary());
    CHECK(code.centurySign() == '-');

    const auto temporary = PersonalIdentityCode::parse("100190-999P");
    CHECK(temporary.isTemporary());
    CHECK(temporary.isMale());
    CHECK(temporary.birthDate() == *Date::fromYmd(1990, 1, 10));
}

TEST_CASE("century signs of the same century give different codes, never normalised", "[domain]")
{
    const auto dash = PersonalIdentityCode::parse("100190-999P");
    const auto y = PersonalIdentityCode::parse("100190Y999P");
    CHECK(dash.birthDate() == y.birthDate());
    CHECK(dash != y);
    CHECK(y.text() == "100190Y999P");
    CHECK(PersonalIdentityCode::parse("010100A002H").birthDate() == *Date::fromYmd(2000, 1, 1));
    CHECK(PersonalIdentityCode::parse("010100+002H").birthDate() == *Date::fromYmd(1800, 1, 1));
}

TEST_CASE("each kind of broken identity code gets its own explanation", "[domain]")
{
    CHECK(fieldOfFailure("131052-308").find("11 characters") != std::string::npos);
    CHECK(fieldOfFailure("131052-308TT").find("11 characters") != std::string::npos);
    CHECK(fieldOfFailure("13105a-308T").find("birth date as digits") != std::string::npos);
    CHECK(fieldOfFailure("131052G308T").find("century sign") != std::string::npos);
    CHECK(fieldOfFailure("131052a308T").find("century sign") != std::string::npos);
    CHECK(fieldOfFailure("300252-308T").find("not a real date") != std::string::npos);
    CHECK(fieldOfFailure("131352-308T").find("not a real date") != std::string::npos);
    CHECK(fieldOfFailure("131052-001T").find("individual number") != std::string::npos);
    CHECK(fieldOfFailure("131052-000T").find("individual number") != std::string::npos);
    CHECK(fieldOfFailure("131052-3O8T").find("individual number") != std::string::npos);
    CHECK(fieldOfFailure("131052-308U").find("check character") != std::string::npos);
    CHECK(fieldOfFailure("131052-308t").find("check character") != std::string::npos);
    try {
        PersonalIdentityCode::parse("131052-308U", "parent_id");
        FAIL("accepted");
    } catch (const Error& error) {
        CHECK(error.field() == "parent_id");
    }
}

TEST_CASE("the leap day exists only in leap years of the sign's century", "[domain]")
{
    const std::string leap1900 = makeCode(*Date::fromYmd(2000, 2, 29), '-', 123);
    // 29.2.1900 does not exist, 29.2.2000 does: same digits, same check character.
    CHECK_FALSE(PersonalIdentityCode::tryParse(leap1900));
    std::string leap2000 = leap1900;
    leap2000[6] = 'A';
    CHECK(PersonalIdentityCode::tryParse(leap2000));
}

TEST_CASE("1000 random valid codes over every century sign parse and refuse single-character changes",
          "[domain]")
{
    std::mt19937 random(20260101);
    const std::string alphabet = "0123456789ABCDEFHJKLMNPRSTUVWXYZabc+-";
    for (int round = 0; round < 1000; ++round) {
        const char sign = AllSigns[random() % AllSigns.size()];
        const int century = centuryOf(sign);
        const auto first = Date::fromYmd(century, 1, 1)->days();
        const auto span = (Date::fromYmd(century + 99, 12, 31)->days() - first).count() + 1;
        const Date birth = Date::fromDays(first + std::chrono::days(random() % span));
        const int individual = 2 + static_cast<int>(random() % 998);
        const std::string text = makeCode(birth, sign, individual);
        CAPTURE(text);

        const auto code = PersonalIdentityCode::parse(text);
        CHECK(code.text() == text);
        CHECK(code.birthDate() == birth);
        CHECK(code.individualNumber() == individual);
        CHECK(code.isTemporary() == (individual >= 900));
        CHECK(code.isMale() == (individual % 2 == 1));
        CHECK(PersonalIdentityCode::checkCharacter(text.substr(0, 6), text.substr(7, 3)) == text[10]);

        for (std::size_t position = 0; position < text.size(); ++position) {
            for (char replacement : alphabet) {
                if (replacement == text[position]) {
                    continue;
                }
                std::string changed = text;
                changed[position] = replacement;
                const auto other = PersonalIdentityCode::tryParse(changed);
                if (!other) {
                    continue;
                }
                CAPTURE(changed);
                // The checksum does not cover the century sign, so only a sign change can
                // pass: it is then another code, of another person.
                REQUIRE(position == 6u);
                CHECK(*other != code);
                CHECK(other->text() == changed);
                if (centuryOf(replacement) == century) {
                    CHECK(other->birthDate() == birth);
                } else {
                    CHECK(other->birthDate() != birth);
                }
            }
        }
    }
}
