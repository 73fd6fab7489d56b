#include "statistics/AgeBand.h"

#include <algorithm>

namespace majakka::statistics {

std::optional<int> ageOn(const domain::PartialDate& birthDate, domain::Date day)
{
    if (const auto date = birthDate.date()) {
        return domain::yearsBetween(*date, day);
    }
    if (const auto year = birthDate.year()) {
        if (const auto midYear = domain::Date::fromYmd(*year, 7, 1)) {
            // Someone born in the year of `day` is at least a newborn on it.
            return std::max(0, domain::yearsBetween(*midYear, day));
        }
    }
    return std::nullopt;
}

AgeBand ageBandOf(std::optional<int> age)
{
    if (!age || *age < 0) {
        return AgeBand::Unknown;
    }
    // The first age of each band after the first.
    constexpr std::array<int, 8> starts {9, 18, 21, 24, 27, 30, 39, 48};
    std::size_t band = 0;
    while (band < starts.size() && *age >= starts[band]) {
        ++band;
    }
    return AllAgeBands[band];
}

bool isMinorBand(AgeBand band)
{
    return band == AgeBand::From0To8 || band == AgeBand::From9To17;
}

std::string_view ageBandName(AgeBand band)
{
    switch (band) {
    case AgeBand::From0To8:
        return "0-8";
    case AgeBand::From9To17:
        return "9-17";
    case AgeBand::From18To20:
        return "18-20";
    case AgeBand::From21To23:
        return "21-23";
    case AgeBand::From24To26:
        return "24-26";
    case AgeBand::From27To29:
        return "27-29";
    case AgeBand::From30To38:
        return "30-38";
    case AgeBand::From39To47:
        return "39-47";
    case AgeBand::From48:
        return "48+";
    case AgeBand::Unknown:
        break;
    }
    return "unknown";
}

} // namespace majakka::statistics
