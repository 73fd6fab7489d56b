#pragma once

#include <array>
#include <string_view>

namespace majakka::statistics {

// Where a citizenship (or the country of exploitation) lies, for published
// figures: single countries would point to people. The regions follow the
// UN M49 continents, with Finland and the EU/EEA apart.
enum class Region
{
    Finland,
    EuEea, // the other EU and EEA countries (Iceland, Liechtenstein, Norway)
    EuropeOther,
    Africa,
    Asia, // with the Middle East and the Caucasus, as in M49
    Americas,
    Oceania,
    Other, // unknown, stateless, or a code not in ISO 3166-1
};

inline constexpr std::array<Region, 8> AllRegions {Region::Finland,
                                                   Region::EuEea,
                                                   Region::EuropeOther,
                                                   Region::Africa,
                                                   Region::Asia,
                                                   Region::Americas,
                                                   Region::Oceania,
                                                   Region::Other};

// The region of an ISO 3166-1 alpha-2 code (either case); Other for anything else.
Region regionOf(std::string_view alpha2);

// finland, eu_eea, europe_other, africa, asia, americas, oceania, other.
std::string_view regionName(Region region);

} // namespace majakka::statistics
