#include "Error.h"
#include "domain/Date.h"
#include "domain/PartialDate.h"

#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::domain;

namespace {
Date d(std::string_view text)
{
    return Date::parse(text, "date");
}
} // namespace

TEST_CASE("dates are read and written as YYYY-MM-DD", "[domain]")
{
    CHECK(d("2026-03-05").toString() == "2026-03-05");
    CHECK(d("1800-01-01").year() == 1800);
    CHECK(d("2024-02-29").day() == 29u);
}

TEST_CASE("impossible and badly written dates are refused with the field named", "[domain]")
{
    for (const char* text : {"2023-02-29",
                             "2026-13-01",
                             "2026-00-10",
                             "2026-04-31",
                             "2026-4-01",
                             "26-04-01",
                             "2026/04/01",
                             "2026-04-01T00:00",
                             "",
                             "1799-12-31",
                             "abcd-ef-gh"}) {
        CAPTURE(text);
        CHECK_FALSE(Date::tryParse(text));
        try {
            Date::parse(text, "referral.date");
            FAIL("accepted");
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::Invalid);
            CHECK(error.field() == "referral.date");
            CHECK(std::string(error.what()).find("referral.date") != std::string::npos);
        }
    }
}

TEST_CASE("dates compare in calendar order", "[domain]")
{
    CHECK(d("2025-12-31") < d("2026-01-01"));
    CHECK(d("2026-01-01") == d("2026-01-01"));
    CHECK(d("2026-02-01") > d("2026-01-31"));
}

TEST_CASE("adding days and months follows the calendar", "[domain]")
{
    CHECK(d("2026-12-31").addDays(1) == d("2027-01-01"));
    CHECK(d("2024-03-01").addDays(-1) == d("2024-02-29"));
    CHECK(d("2026-01-31").addMonths(1) == d("2026-02-28"));
    CHECK(d("2024-01-31").addMonths(1) == d("2024-02-29"));
    CHECK(d("2026-01-15").addMonths(6) == d("2026-07-15"));
    CHECK(d("2026-03-15").addMonths(-3) == d("2025-12-15"));
    CHECK(d("2024-02-29").addYears(1) == d("2025-02-28"));
    CHECK(daysBetween(d("2026-01-01"), d("2026-03-01")) == 59);
    CHECK(daysBetween(d("2026-03-01"), d("2026-01-01")) == -59);
}

TEST_CASE("age is counted in whole years, birthday included", "[domain]")
{
    CHECK(yearsBetween(d("2008-05-10"), d("2026-05-09")) == 17);
    CHECK(yearsBetween(d("2008-05-10"), d("2026-05-10")) == 18);
    CHECK(yearsBetween(d("2008-02-29"), d("2026-02-28")) == 17);
    CHECK(yearsBetween(d("2008-02-29"), d("2026-03-01")) == 18);
}

TEST_CASE("a time point gives its UTC date", "[domain]")
{
    using namespace std::chrono;
    const auto moment = sys_days(year(2026) / 6 / 30) + hours(23) + minutes(59);
    CHECK(Date::fromTimePoint(moment) == d("2026-06-30"));
}

TEST_CASE("a birth date can be a full date, a year only or unknown", "[domain]")
{
    const auto full = PartialDate::parse("1990-01-10", "birth_date");
    CHECK(full.precision() == PartialDate::Precision::Day);
    CHECK(full.toString() == "1990-01-10");
    CHECK(full.date() == d("1990-01-10"));

    const auto yearOnly = PartialDate::parse("1990", "birth_date");
    CHECK(yearOnly.precision() == PartialDate::Precision::Year);
    CHECK(yearOnly.toString() == "1990");
    CHECK_FALSE(yearOnly.date());
    CHECK(yearOnly.year() == 1990);
    CHECK(yearOnly.earliest() == d("1990-01-01"));
    CHECK(yearOnly.latest() == d("1990-12-31"));

    const PartialDate unknown;
    CHECK_FALSE(unknown.isKnown());
    CHECK_FALSE(unknown.toString());
    CHECK_FALSE(unknown.earliest());

    CHECK(yearOnly != full);
    CHECK(PartialDate::yearOnly(1990) == yearOnly);
}

TEST_CASE("malformed birth dates are refused with the field named", "[domain]")
{
    for (const char* text : {"199", "19900", "1990-02-30", "90", "", "1990-1"}) {
        CAPTURE(text);
        try {
            PartialDate::parse(text, "birth_date");
            FAIL("accepted");
        } catch (const Error& error) {
            CHECK(error.field() == "birth_date");
        }
    }
}
