#include "Error.h"
#include "domain/UserName.h"

#include <catch2/catch.hpp>

using namespace majakka::domain;

TEST_CASE("user names are compared without case and surrounding spaces", "[domain]")
{
    CHECK(normalizedUserName("  Kaisa ") == normalizedUserName("kaisa"));
    CHECK(normalizedUserName("Äijälä") == "Äijälä");
}

TEST_CASE("empty, overlong, control-character and non-UTF-8 names are refused", "[domain]")
{
    CHECK_NOTHROW(validateUserName("Päivi Virtanen"));
    CHECK_THROWS_AS(validateUserName("   "), majakka::Error);
    CHECK_THROWS_AS(validateUserName(std::string(65, 'a')), majakka::Error);
    CHECK_THROWS_AS(validateUserName("tab\there"), majakka::Error);
    CHECK_THROWS_AS(validateUserName("bad\xff"), majakka::Error);
    CHECK_THROWS_AS(validateUserName("cut\xc3"), majakka::Error);
}
