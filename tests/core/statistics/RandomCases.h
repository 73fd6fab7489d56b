#pragma once

#include "domain/EnumNames.h"
#include "statistics/StatisticsCase.h"

#include <random>
#include <string>
#include <vector>

namespace majakka::test {

// Random statistics cases for property tests: few enough that many counts are
// small, with dates in 2024-2026 so a report's chain of half-years is short.
class RandomCases
{
public:
    explicit RandomCases(std::uint32_t seed)
        : m_random(seed)
    { }

    std::vector<statistics::StatisticsCase> make(std::size_t count)
    {
        std::vector<statistics::StatisticsCase> cases;
        for (std::size_t i = 0; i < count; ++i) {
            cases.push_back(one());
        }
        return cases;
    }

    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }

private:
    template<domain::NamedEnum E> E any()
    {
        const auto values = domain::allValues<E>();
        return values[static_cast<std::size_t>(between(0, static_cast<int>(values.size()) - 1))];
    }

    domain::Date day(int fromYear, int toYear)
    {
        return domain::Date::fromYmd(between(fromYear, toYear),
                                     static_cast<unsigned>(between(1, 12)),
                                     static_cast<unsigned>(between(1, 28)))
            .value();
    }

    statistics::StatisticsCase one()
    {
        using namespace domain;
        statistics::StatisticsCase c;
        c.kind = chance(0.7) ? ClientKind::Victim : chance(0.8) ? ClientKind::Child : ClientKind::Witness;
        c.gender = any<Gender>();
        const double birth = std::uniform_real_distribution<double>(0, 1)(m_random);
        c.birthDate = birth < 0.15 ? PartialDate::unknown()
            : birth < 0.35         ? PartialDate::yearOnly(between(1960, 2024))
                                   : PartialDate::fullDate(day(1960, 2024));
        static const char* codes[] = {"FI", "TH", "VN", "RU", "UA", "NG", "EE", "BR", "PH", "XX", "SE", "AU"};
        if (chance(0.9)) {
            c.citizenships.push_back(codes[between(0, 11)]);
            if (chance(0.1)) {
                c.citizenships.push_back(codes[between(0, 11)]);
            }
        }
        c.office = any<Office>();
        const Date referred = day(2024, 2026);
        if (chance(0.9)) {
            c.referral = statistics::StatisticsCase::Referral {
                referred, any<ReferralSource>(), any<ReferralChannel>()};
        }
        if (chance(0.85)) {
            const AdmissionOutcome decision
                = chance(0.8) ? AdmissionOutcome::Admitted : any<AdmissionOutcome>();
            c.admission = statistics::StatisticsCase::Admission {referred.addDays(between(0, 40)), decision};
        }
        if (chance(0.85)) {
            statistics::StatisticsCase::Exploitation e;
            e.inFinland = chance(0.5);
            e.country = e.inFinland ? "" : codes[between(0, 11)];
            e.forms.push_back(any<ExploitationForm>());
            if (chance(0.2)) {
                e.forms.push_back(any<ExploitationForm>());
            }
            if (chance(0.8)) {
                e.industry = any<LabourIndustry>();
            }
            for (int m = between(0, 3); m > 0; --m) {
                e.meansOfControl.push_back(any<MeansOfControl>());
            }
            if (chance(0.8)) {
                e.relation = any<ExploiterRelation>();
            }
            c.exploitation = e;
        }
        if (c.isAdmitted()) {
            Date at = c.admission->date;
            for (int event = 0; chance(0.45) && event < 4; ++event) {
                at = at.addDays(between(1, 300));
                if (event % 2 == 0) {
                    c.ends.push_back({at, any<EndReason>()});
                } else {
                    c.reopenings.push_back(at);
                }
            }
            if (c.reopenings.size() == c.ends.size() && !c.ends.empty() && chance(0.5)) {
                c.reopenings.pop_back();
            }
            for (int r = between(0, 2); r > 0; --r) {
                c.reflectionPeriods.push_back(
                    {c.admission->date.addDays(between(0, 200)), any<ReflectionGrantor>()});
            }
        }
        return c;
    }

    std::mt19937 m_random;
};

} // namespace majakka::test
