#include "statistics/CitizenshipRegion.h"

#include <cctype>
#include <utility>

namespace majakka::statistics {

namespace {

// ISO 3166-1 alpha-2 codes by region. Åland (AX) is part of Finland; Kosovo
// (XK) is the user-assigned code in common use. Cyprus is in the EU.
constexpr std::string_view EuEeaCodes
    = "AT BE BG CY CZ DE DK EE ES FR GR HR HU IE IS IT LI LT LU LV MT NL NO "
      "PL PT RO SE SI SK";
constexpr std::string_view EuropeOtherCodes
    = "AD AL BA BY CH FO GB GG GI IM JE MC MD ME MK RS RU SJ SM UA VA XK";
constexpr std::string_view AfricaCodes
    = "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW "
      "IO KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN "
      "SO SS ST SZ TD TF TG TN TZ UG YT ZA ZM ZW";
constexpr std::string_view AsiaCodes
    = "AE AF AM AZ BD BH BN BT CN GE HK ID IL IN IQ IR JO JP KG KH KP KR KW KZ "
      "LA LB LK MM MN MO MV MY NP OM PH PK PS QA SA SG SY TH TJ TL TM TR TW UZ "
      "VN YE";
constexpr std::string_view AmericasCodes
    = "AG AI AR AW BB BL BM BO BQ BR BS BV BZ CA CL CO CR CU CW DM DO EC FK "
      "GD GF GL GP GS GT GY HN HT JM KN KY LC MF MQ MS MX NI PA PE PM PR PY "
      "SR SV SX TC TT US UY VC VE VG VI";
constexpr std::string_view OceaniaCodes
    = "AS AU CC CK CX FJ FM GU HM KI MH MP NC NF NR NU NZ PF PG PN PW SB TK "
      "TO TV UM VU WF WS";

} // namespace

Region regionOf(std::string_view alpha2)
{
    // Every pair of letters, looked up in a table made once.
    static const std::array<Region, 26 * 26> table = [] {
        std::array<Region, 26 * 26> regions;
        regions.fill(Region::Other);
        const std::pair<std::string_view, Region> lists[] = {{"FI AX", Region::Finland},
                                                             {EuEeaCodes, Region::EuEea},
                                                             {EuropeOtherCodes, Region::EuropeOther},
                                                             {AfricaCodes, Region::Africa},
                                                             {AsiaCodes, Region::Asia},
                                                             {AmericasCodes, Region::Americas},
                                                             {OceaniaCodes, Region::Oceania}};
        for (const auto& [codes, region] : lists) {
            for (std::size_t at = 0; at + 2 <= codes.size(); at += 3) {
                regions[static_cast<std::size_t>((codes[at] - 'A') * 26 + (codes[at + 1] - 'A'))] = region;
            }
        }
        return regions;
    }();
    if (alpha2.size() != 2) {
        return Region::Other;
    }
    const auto letter = [](char c) {
        return std::toupper(static_cast<unsigned char>(c)) - 'A';
    };
    const int first = letter(alpha2[0]);
    const int second = letter(alpha2[1]);
    if (first < 0 || first >= 26 || second < 0 || second >= 26) {
        return Region::Other;
    }
    return table[static_cast<std::size_t>(first * 26 + second)];
}

std::string_view regionName(Region region)
{
    switch (region) {
    case Region::Finland:
        return "finland";
    case Region::EuEea:
        return "eu_eea";
    case Region::EuropeOther:
        return "europe_other";
    case Region::Africa:
        return "africa";
    case Region::Asia:
        return "asia";
    case Region::Americas:
        return "americas";
    case Region::Oceania:
        return "oceania";
    case Region::Other:
        break;
    }
    return "other";
}

} // namespace majakka::statistics
