#pragma once

#include "domain/Date.h"
#include "statistics/FigureLayout.h"
#include "statistics/Period.h"
#include "statistics/StatisticsCase.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace majakka::statistics {

class CellCache;

// Every count of the report for a period, before anonymisation, in the order
// of FigureLayout::cells():
// - clients within services at the period's end (admitted, not ended), by kind;
// - admissions in the period (admission decisions "admitted" dated in it), by
//   kind, gender, age band and adult or minor (age on the decision's date),
//   place and form of exploitation, labour industry (of forced labour), referral
//   source, citizenship region (of the first citizenship) and office;
// - referrals not admitted (decisions "not_admitted" or "withdrawn" in it);
// - ends of assistance in it, by reason (ends later cancelled by a reopening count too);
// - reflection periods that started in it, by who granted them;
// - admissions from the first record to the period's end, by kind.
//
// The cases are read once when constructed, so the figures of many periods
// (the chain of half-years a report rests on) cost one pass each.
class HalfYearFigures
{
public:
    explicit HalfYearFigures(const std::vector<StatisticsCase>& cases,
                             const FigureLayout& layout = FigureLayout::standard());

    std::vector<std::int64_t> compute(const Period& period) const;
    // The figures of consecutive periods (each starting the day after the one
    // before it ends), the same as compute() gives for each, in one pass over the cases.
    std::vector<std::vector<std::int64_t>> computeConsecutive(const std::vector<Period>& periods) const;

    // The earliest date of any referral, decision, end or reflection period.
    std::optional<domain::Date> firstRecord() const { return m_firstRecord; }

private:
    // One case as cell numbers and day numbers, so a period is a few integer
    // comparisons per case.
    struct Facts
    {
        bool admitted = false;
        int admittedOn = 0;
        std::vector<std::uint32_t> admissionCells; // every new-admission cell the case adds 1 to
        std::uint32_t withinCell = 0;
        std::uint32_t sinceCell = 0;
        std::optional<std::pair<int, std::uint32_t>> notAdmitted; // decision day and cell
        std::vector<std::pair<int, std::uint32_t>> ends; // day and reason cell, oldest first
        std::vector<int> reopenings;
        std::vector<std::pair<int, std::uint32_t>> reflectionPeriods; // start day and grantor cell
    };

    static Facts factsOf(const StatisticsCase& c, CellCache& cell);
    static bool withinServicesOn(const Facts& facts, int day);

    const FigureLayout& m_layout;
    std::vector<Facts> m_facts;
    std::optional<domain::Date> m_firstRecord;
};

} // namespace majakka::statistics
