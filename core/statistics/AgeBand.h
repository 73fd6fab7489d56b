#pragma once

#include "domain/Date.h"
#include "domain/PartialDate.h"

#include <array>
#include <optional>
#include <string_view>

namespace majakka::statistics {

// The age bands of published trafficking data (the Counter Trafficking Data
// Collaborative's): 0-8, 9-17, 18-20, 21-23, 24-26, 27-29, 30-38, 39-47, 48+.
enum class AgeBand
{
    From0To8,
    From9To17,
    From18To20,
    From21To23,
    From24To26,
    From27To29,
    From30To38,
    From39To47,
    From48,
    Unknown,
};

inline constexpr std::array<AgeBand, 10> AllAgeBands {AgeBand::From0To8,
                                                      AgeBand::From9To17,
                                                      AgeBand::From18To20,
                                                      AgeBand::From21To23,
                                                      AgeBand::From24To26,
                                                      AgeBand::From27To29,
                                                      AgeBand::From30To38,
                                                      AgeBand::From39To47,
                                                      AgeBand::From48,
                                                      AgeBand::Unknown};

// The age in whole years on `day`. A year-only birth date counts as 1 July of
// that year (the middle of the year, as demographers impute it), so that age
// band and adult or minor always agree; nothing for an unknown date.
std::optional<int> ageOn(const domain::PartialDate& birthDate, domain::Date day);

AgeBand ageBandOf(std::optional<int> age);
bool isMinorBand(AgeBand band);

// "0-8", ..., "48+", "unknown".
std::string_view ageBandName(AgeBand band);

} // namespace majakka::statistics
