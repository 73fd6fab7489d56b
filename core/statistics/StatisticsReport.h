#pragma once

#include "statistics/Period.h"
#include "statistics/StatisticsCase.h"
#include "statistics/Suppression.h"

#include <string>
#include <vector>

namespace majakka {
class Progress;
}

namespace majakka::statistics {

// The anonymised report: the period's figures and the previous period's, as
// they may be published, and the rule that made them so.
struct StatisticsReport
{
    PublishedFigures current;
    PublishedFigures previous;
    int threshold = Suppression::DefaultThreshold;
    std::string rule;
};

// Builds the report of `period` from every case.
//
// A half-year's report rests on the chain of half-year reports from the first
// record on: each is suppressed with the one before it fixed, so the previous
// period's column is exactly what the previous half-year's report published,
// and the two together hide what each hides (a report that re-suppressed the
// previous period differently would let the two be laid side by side). A
// custom range is compared with the range of the same length before it,
// suppressed on its own; overlapping custom ranges can be subtracted from each
// other, so they are for use inside the Assistance System (docs/statistics.md).
// `progress` steps once per half-year of the chain.
StatisticsReport buildReport(const std::vector<StatisticsCase>& cases,
                             const Period& period,
                             const Suppression& suppression,
                             Progress* progress = nullptr);

} // namespace majakka::statistics
