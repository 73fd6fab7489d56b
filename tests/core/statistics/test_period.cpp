#include "Error.h"
#include "statistics/AgeBand.h"
#include "statistics/CitizenshipRegion.h"
#include "statistics/Period.h"

#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::statistics;

namespace {
domain::Date date(int y, unsigned m, unsigned d)
{
    return domain::Date::fromYmd(y, m, d).value();
}
} // namespace

TEST_CASE("a half-year is read from 2026H1 and runs 1 January-30 June or 1 July-31 December", "[statistics]")
{
    const Period h1 = Period::parse("2026H1");
    CHECK(h1.from() == date(2026, 1, 1));
    CHECK(h1.to() == date(2026, 6, 30));
    CHECK(h1.label() == "2026H1");
    CHECK(h1.isHalfYear());
    const Period h2 = Period::parse("2026h2");
    CHECK(h2.from() == date(2026, 7, 1));
    CHECK(h2.to() == date(2026, 12, 31));
    CHECK(h2.lengthInDays() == 184);
}

TEST_CASE("the previous period of H1 is H2 of the year before, of a range the same length before it",
          "[statistics]")
{
    CHECK(Period::parse("2026H1").previous() == Period::parse("2025H2"));
    CHECK(Period::parse("2026H2").previous() == Period::parse("2026H1"));
    const Period range = Period::custom(date(2026, 3, 1), date(2026, 3, 10));
    CHECK(range.label() == "2026-03-01/2026-03-10");
    const Period before = range.previous();
    CHECK(before.from() == date(2026, 2, 19));
    CHECK(before.to() == date(2026, 2, 28));
    CHECK(before.lengthInDays() == range.lengthInDays());
    CHECK(Period::halfYearOf(date(2026, 7, 1)) == Period::parse("2026H2"));
}

TEST_CASE("a period that is not a half-year or ends before it starts is refused as a usage error",
          "[statistics]")
{
    for (const char* text : {"2026H3", "2026", "26H1", "2026-H1", "20x6H1", "2026H1 "}) {
        try {
            Period::parse(text);
            FAIL("accepted " << text);
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::Usage);
            CHECK(std::string(error.what()).find("2026H1") != std::string::npos);
        }
    }
    CHECK_THROWS_AS(Period::custom(date(2026, 3, 2), date(2026, 3, 1)), Error);
}

TEST_CASE("citizenships fall in regions, Åland in Finland, unknown codes in other", "[statistics]")
{
    CHECK(regionOf("FI") == Region::Finland);
    CHECK(regionOf("ax") == Region::Finland);
    CHECK(regionOf("EE") == Region::EuEea);
    CHECK(regionOf("NO") == Region::EuEea);
    CHECK(regionOf("RU") == Region::EuropeOther);
    CHECK(regionOf("XK") == Region::EuropeOther);
    CHECK(regionOf("NG") == Region::Africa);
    CHECK(regionOf("TH") == Region::Asia);
    CHECK(regionOf("TR") == Region::Asia);
    CHECK(regionOf("BR") == Region::Americas);
    CHECK(regionOf("FJ") == Region::Oceania);
    CHECK(regionOf("XX") == Region::Other);
    CHECK(regionOf("") == Region::Other);
    CHECK(regionOf("FIN") == Region::Other);
    CHECK(regionName(Region::EuropeOther) == "europe_other");
}

TEST_CASE("age bands follow the published bands and a year-only birth date counts from 1 July",
          "[statistics]")
{
    const auto band = [](const domain::PartialDate& born, domain::Date on) {
        return std::string(ageBandName(ageBandOf(ageOn(born, on))));
    };
    CHECK(band(domain::PartialDate::fullDate(date(2008, 3, 2)), date(2026, 3, 1)) == "9-17");
    CHECK(band(domain::PartialDate::fullDate(date(2008, 3, 2)), date(2026, 3, 2)) == "18-20");
    CHECK(band(domain::PartialDate::yearOnly(2008), date(2026, 6, 30)) == "9-17");
    CHECK(band(domain::PartialDate::yearOnly(2008), date(2026, 7, 1)) == "18-20");
    CHECK(band(domain::PartialDate::yearOnly(2026), date(2026, 2, 1)) == "0-8");
    CHECK(band(domain::PartialDate::fullDate(date(1978, 1, 1)), date(2026, 1, 1)) == "48+");
    CHECK(band(domain::PartialDate::fullDate(date(1978, 1, 2)), date(2026, 1, 1)) == "39-47");
    CHECK(band(domain::PartialDate::unknown(), date(2026, 1, 1)) == "unknown");
    for (AgeBand b : AllAgeBands) {
        CHECK(isMinorBand(b) == (b == AgeBand::From0To8 || b == AgeBand::From9To17));
    }
}
