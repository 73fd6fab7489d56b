#include "Error.h"
#include "domain/ClientNumber.h"

#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::domain;

TEST_CASE("client numbers are written with the office prefix, year and four digits", "[domain]")
{
    CHECK(ClientNumber {Office::Helsinki, 2026, 42}.toString() == "HKI-2026-0042");
    CHECK(ClientNumber {Office::Joutseno, 2006, 1}.toString() == "JNS-2006-0001");
    CHECK(ClientNumber {Office::Oulu, 2030, 12345}.toString() == "OUL-2030-12345");
    CHECK(ClientNumber {Office::Tampere, 2026, 9999}.toString() == "TRE-2026-9999");
}

TEST_CASE("client numbers read back to the same number", "[domain]")
{
    for (const char* text : {"HKI-2026-0042", "JNS-2006-0001", "OUL-2030-12345", "TRE-2026-9999"}) {
        CAPTURE(text);
        const auto number = ClientNumber::parse(text);
        CHECK(number.toString() == text);
    }
    const auto number = ClientNumber::parse("TRE-2026-0042");
    CHECK(number.office == Office::Tampere);
    CHECK(number.year == 2026);
    CHECK(number.sequence == 42u);
}

TEST_CASE("malformed client numbers are refused", "[domain]")
{
    for (const char* text : {"HKI-2026-042",
                             "HKI-2026-00042",
                             "XYZ-2026-0042",
                             "hki-2026-0042",
                             "HKI2026-0042",
                             "HKI-26-0042",
                             "HKI-2026-0000",
                             "HKI-1999-0042",
                             "HKI-2026-00a2",
                             "HKI-2026-0042 ",
                             ""}) {
        CAPTURE(text);
        CHECK_FALSE(ClientNumber::tryParse(text));
        try {
            ClientNumber::parse(text, "number");
            FAIL("accepted");
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::Invalid);
            CHECK(error.field() == "number");
        }
    }
}

TEST_CASE("the start of a client number typed into a search is read in the written case", "[domain]")
{
    CHECK(ClientNumber::typedPrefix("HKI-") == std::optional<std::string>("HKI-"));
    CHECK(ClientNumber::typedPrefix("hki-20") == std::optional<std::string>("HKI-20"));
    CHECK(ClientNumber::typedPrefix("  Tre-2026-") == std::optional<std::string>("TRE-2026-"));
    CHECK(ClientNumber::typedPrefix("OUL-2026-004 ") == std::optional<std::string>("OUL-2026-004"));
    CHECK(ClientNumber::typedPrefix("JNS-2030-12345678") == std::optional<std::string>("JNS-2030-12345678"));
}

TEST_CASE("what cannot begin a client number is no number prefix", "[domain]")
{
    for (const char* text : {"",
                             "HKI",
                             "tre",
                             "Trevor",
                             "XYZ-2026",
                             "HKI 2026",
                             "HKI-20a",
                             "HKI-2026-00-1",
                             "HKI-20266",
                             "HKI--2026",
                             "JNS-2030-123456789",
                             "Ääk-2026",
                             "040 123 4567"}) {
        CAPTURE(text);
        CHECK_FALSE(ClientNumber::typedPrefix(text));
    }
}
