#include "statistics/HalfYearFigures.h"

#include "domain/EnumNames.h"
#include "statistics/AgeBand.h"
#include "statistics/CitizenshipRegion.h"

#include <algorithm>
#include <map>

namespace majakka::statistics {

namespace {

int dayNumber(domain::Date date)
{
    return static_cast<int>(date.days().time_since_epoch().count());
}

std::uint32_t cell(const FigureLayout& layout, std::string_view indicator, std::string_view category)
{
    return static_cast<std::uint32_t>(layout.at(indicator, category));
}

void keepEarliest(std::optional<domain::Date>& earliest, domain::Date date)
{
    if (!earliest || date < *earliest) {
        earliest = date;
    }
}

} // namespace

// The layout's cells by name, looked up once: every name here is a view of
// static text (the indicator and vocabulary names), so views can be the keys.
class CellCache
{
public:
    explicit CellCache(const FigureLayout& layout)
        : m_layout(layout)
    { }

    std::uint32_t operator()(std::string_view indicator, std::string_view category)
    {
        const auto [found, isNew] = m_cells.try_emplace({indicator, category}, 0);
        if (isNew) {
            found->second = cell(m_layout, indicator, category);
        }
        return found->second;
    }

private:
    const FigureLayout& m_layout;
    std::map<std::pair<std::string_view, std::string_view>, std::uint32_t> m_cells;
};

HalfYearFigures::HalfYearFigures(const std::vector<StatisticsCase>& cases, const FigureLayout& layout)
    : m_layout(layout)
{
    m_facts.reserve(cases.size());
    CellCache cells(layout);
    for (const StatisticsCase& c : cases) {
        m_facts.push_back(factsOf(c, cells));
        if (c.referral) {
            keepEarliest(m_firstRecord, c.referral->date);
        }
        if (c.admission) {
            keepEarliest(m_firstRecord, c.admission->date);
        }
        for (const auto& end : c.ends) {
            keepEarliest(m_firstRecord, end.date);
        }
        for (const auto& period : c.reflectionPeriods) {
            keepEarliest(m_firstRecord, period.start);
        }
    }
}

HalfYearFigures::Facts HalfYearFigures::factsOf(const StatisticsCase& c, CellCache& cell)
{
    using namespace domain;
    Facts facts;
    const std::string_view kind = nameOf(c.kind);
    facts.withinCell = cell(indicator::WithinServices, kind);
    facts.sinceCell = cell(indicator::SinceFirstRecord, kind);
    if (c.admission) {
        if (c.isAdmitted()) {
            facts.admitted = true;
            facts.admittedOn = dayNumber(c.admission->date);
        } else {
            facts.notAdmitted
                = {dayNumber(c.admission->date), cell(indicator::NotAdmitted, nameOf(c.admission->decision))};
        }
    }
    for (const auto& end : c.ends) {
        facts.ends.emplace_back(dayNumber(end.date), cell(indicator::Ends, nameOf(end.reason)));
    }
    for (Date reopening : c.reopenings) {
        facts.reopenings.push_back(dayNumber(reopening));
    }
    for (const auto& period : c.reflectionPeriods) {
        facts.reflectionPeriods.emplace_back(dayNumber(period.start),
                                             cell(indicator::ReflectionPeriods, nameOf(period.grantedBy)));
    }
    if (!facts.admitted) {
        return facts;
    }

    auto& cells = facts.admissionCells;
    cells.push_back(cell(indicator::NewAdmissions, category::Total));
    cells.push_back(cell(indicator::NewAdmissions, kind));
    cells.push_back(cell(indicator::ByGender, nameOf(c.gender)));
    const AgeBand band = ageBandOf(ageOn(c.birthDate, c.admission->date));
    cells.push_back(cell(indicator::ByAgeBand, ageBandName(band)));
    cells.push_back(cell(indicator::ByAgeAtEntry,
                         band == AgeBand::Unknown ? category::Unknown
                             : isMinorBand(band)  ? category::Minor
                                                  : category::Adult));
    const auto& exploitation = c.exploitation;
    cells.push_back(cell(indicator::ByPlace,
                         !exploitation                 ? category::NotRecorded
                             : exploitation->inFinland ? category::InFinland
                                                       : category::Abroad));
    if (!exploitation || exploitation->forms.empty()) {
        cells.push_back(cell(indicator::ByForm, category::NotRecorded));
    } else {
        std::vector<ExploitationForm> forms = exploitation->forms;
        std::sort(forms.begin(), forms.end());
        forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
        for (ExploitationForm form : forms) {
            cells.push_back(cell(indicator::ByForm, nameOf(form)));
        }
        if (std::binary_search(forms.begin(), forms.end(), ExploitationForm::ForcedLabour)) {
            cells.push_back(
                cell(indicator::ByIndustry,
                     exploitation->industry ? nameOf(*exploitation->industry) : category::NotRecorded));
        }
    }
    cells.push_back(
        cell(indicator::BySource, c.referral ? nameOf(c.referral->source) : category::NotRecorded));
    const Region region = c.citizenships.empty() ? Region::Other : regionOf(c.citizenships.front());
    cells.push_back(cell(indicator::ByRegion, regionName(region)));
    cells.push_back(cell(indicator::ByOffice, nameOf(c.office)));
    return facts;
}

bool HalfYearFigures::withinServicesOn(const Facts& facts, int day)
{
    if (!facts.admitted || day < facts.admittedOn) {
        return false;
    }
    bool within = true;
    for (std::size_t i = 0; i < facts.ends.size(); ++i) {
        if (facts.ends[i].first <= day) {
            within = false;
        }
        if (i < facts.reopenings.size() && facts.reopenings[i] <= day) {
            within = true;
        }
    }
    return within;
}

std::vector<std::int64_t> HalfYearFigures::compute(const Period& period) const
{
    const FigureLayout& l = m_layout;
    const int from = dayNumber(period.from());
    const int to = dayNumber(period.to());
    const auto within = [&](int day) {
        return from <= day && day <= to;
    };
    const std::uint32_t withinTotal = cell(l, indicator::WithinServices, category::Total);
    const std::uint32_t sinceTotal = cell(l, indicator::SinceFirstRecord, category::Total);
    const std::uint32_t notAdmittedTotal = cell(l, indicator::NotAdmitted, category::Total);
    const std::uint32_t endsTotal = cell(l, indicator::Ends, category::Total);
    const std::uint32_t reflectionTotal = cell(l, indicator::ReflectionPeriods, category::Total);

    std::vector<std::int64_t> values(l.size(), 0);
    for (const Facts& facts : m_facts) {
        if (facts.admitted && facts.admittedOn <= to) {
            ++values[sinceTotal];
            ++values[facts.sinceCell];
            if (facts.admittedOn >= from) {
                for (std::uint32_t c : facts.admissionCells) {
                    ++values[c];
                }
            }
            if (withinServicesOn(facts, to)) {
                ++values[withinTotal];
                ++values[facts.withinCell];
            }
        }
        if (facts.notAdmitted && within(facts.notAdmitted->first)) {
            ++values[facts.notAdmitted->second];
            ++values[notAdmittedTotal];
        }
        for (const auto& [day, reason] : facts.ends) {
            if (within(day)) {
                ++values[reason];
                ++values[endsTotal];
            }
        }
        for (const auto& [day, grantor] : facts.reflectionPeriods) {
            if (within(day)) {
                ++values[grantor];
                ++values[reflectionTotal];
            }
        }
    }
    return values;
}

std::vector<std::vector<std::int64_t>>
HalfYearFigures::computeConsecutive(const std::vector<Period>& periods) const
{
    const FigureLayout& l = m_layout;
    const std::size_t count = periods.size();
    std::vector<int> starts;
    std::vector<int> ends;
    for (const Period& period : periods) {
        starts.push_back(dayNumber(period.from()));
        ends.push_back(dayNumber(period.to()));
    }
    // The period a day falls in, or `count` when none.
    const auto periodOf = [&](int day) {
        const auto after = std::upper_bound(starts.begin(), starts.end(), day);
        if (after == starts.begin()) {
            return count;
        }
        const auto p = static_cast<std::size_t>(after - starts.begin()) - 1;
        return day <= ends[p] ? p : count;
    };
    // The first period that ends on or after a day (`count` when none): from it
    // on, the day lies before every period's end.
    const auto firstEndingFrom = [&](int day) {
        return static_cast<std::size_t>(std::lower_bound(ends.begin(), ends.end(), day) - ends.begin());
    };
    const std::uint32_t withinTotal = cell(l, indicator::WithinServices, category::Total);
    const std::uint32_t sinceTotal = cell(l, indicator::SinceFirstRecord, category::Total);
    const std::uint32_t notAdmittedTotal = cell(l, indicator::NotAdmitted, category::Total);
    const std::uint32_t endsTotal = cell(l, indicator::Ends, category::Total);
    const std::uint32_t reflectionTotal = cell(l, indicator::ReflectionPeriods, category::Total);

    std::vector<std::vector<std::int64_t>> values(count, std::vector<std::int64_t>(l.size(), 0));
    // Counts that hold from a period on (totals since the first record, clients
    // never ended): added where they start, summed up at the end.
    std::vector<std::vector<std::int64_t>> fromThen(count + 1, std::vector<std::int64_t>(l.size(), 0));
    const auto addOnce = [&](std::size_t p, std::uint32_t c, std::uint32_t total) {
        if (p < count) {
            ++values[p][c];
            ++values[p][total];
        }
    };
    for (const Facts& facts : m_facts) {
        if (facts.admitted) {
            if (const std::size_t p = periodOf(facts.admittedOn); p < count) {
                for (std::uint32_t c : facts.admissionCells) {
                    ++values[p][c];
                }
            }
            const std::size_t first = firstEndingFrom(facts.admittedOn);
            ++fromThen[first][facts.sinceCell];
            ++fromThen[first][sinceTotal];
            if (facts.ends.empty()) {
                ++fromThen[first][facts.withinCell];
                ++fromThen[first][withinTotal];
            } else {
                for (std::size_t p = first; p < count; ++p) {
                    if (withinServicesOn(facts, ends[p])) {
                        ++values[p][facts.withinCell];
                        ++values[p][withinTotal];
                    }
                }
            }
        }
        if (facts.notAdmitted) {
            addOnce(periodOf(facts.notAdmitted->first), facts.notAdmitted->second, notAdmittedTotal);
        }
        for (const auto& [day, reason] : facts.ends) {
            addOnce(periodOf(day), reason, endsTotal);
        }
        for (const auto& [day, grantor] : facts.reflectionPeriods) {
            addOnce(periodOf(day), grantor, reflectionTotal);
        }
    }
    std::vector<std::int64_t> running(l.size(), 0);
    for (std::size_t p = 0; p < count; ++p) {
        for (std::size_t c = 0; c < l.size(); ++c) {
            running[c] += fromThen[p][c];
            values[p][c] += running[c];
        }
    }
    return values;
}

} // namespace majakka::statistics
