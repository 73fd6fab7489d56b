#pragma once

#include "domain/ClientRecord.h"

#include <cstdint>
#include <initializer_list>
#include <random>
#include <string>
#include <utility>
#include <vector>

// The synthetic vocabulary of the demo generator: origins with their languages
// and made-up names, places, referrers, and the random numbers that pick from them.
namespace majakka::demo {

// Distributions of our own: std::uniform_int_distribution differs between
// standard libraries, std::mt19937's sequence does not.
class Random
{
public:
    explicit Random(std::uint32_t seed)
        : m_engine(seed)
    { }

    // 0 .. n-1 (n > 0).
    std::size_t below(std::size_t n)
    {
        return static_cast<std::size_t>((static_cast<std::uint64_t>(m_engine()) * n) >> 32);
    }
    int between(int low, int high)
    {
        return low + static_cast<int>(below(static_cast<std::size_t>(high - low + 1)));
    }
    // [0, 1)
    double unit() { return static_cast<double>(m_engine()) / 4294967296.0; }
    bool chance(double p) { return unit() < p; }

    template<typename T> const T& pick(const std::vector<T>& values) { return values[below(values.size())]; }

    template<typename T> T weighted(std::initializer_list<std::pair<T, int>> choices)
    {
        int total = 0;
        for (const auto& choice : choices) {
            total += choice.second;
        }
        int roll = between(0, total - 1);
        for (const auto& choice : choices) {
            if (roll < choice.second) {
                return choice.first;
            }
            roll -= choice.second;
        }
        return choices.begin()->first;
    }

private:
    std::mt19937 m_engine;
};

// Where a client comes from: citizenship, languages and synthetic names.
struct Origin
{
    std::string country;
    std::vector<std::string> languages;
    domain::ResidenceStatus typicalStatus;
    std::vector<std::string> femaleNames;
    std::vector<std::string> maleNames;
    std::vector<std::string> familyNames;
};

struct Place
{
    std::string municipality;
    std::string county;
};

const std::vector<Origin>& origins();
// An index into origins(), weighted for people exploited in Finland or abroad.
std::size_t pickOrigin(Random& random, bool inFinland);
// Where people exploited abroad were exploited: mostly on the way to Finland.
extern const std::vector<std::string> abroadCountries;
std::vector<Place> placesOf(domain::Office office);
std::string referrerOrganisation(domain::ReferralSource source, const std::string& municipality);

domain::Date clampTo(domain::Date date, domain::Date latest);
// A referral date from 2006 up to `today`, more in recent years.
domain::Date referralDate(Random& random, domain::Date today);
domain::PartialDate birthDate(Random& random, int ageOnDay, domain::Date day);
std::vector<domain::MeansOfControl> meansOfControl(Random& random, domain::ExploitationForm form);
domain::Exploitation
exploitation(Random& random, domain::ExploitationForm form, bool inFinland, domain::Date referred);
domain::SupportMeasureType measureType(Random& random);
// A day between `from` and at most `maximumDays` later, never after `horizon`.
domain::Date during(Random& random, domain::Date from, domain::Date horizon, int maximumDays);

} // namespace majakka::demo
