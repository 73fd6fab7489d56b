#pragma once

#include "statistics/ReleasedReport.h"
#include "statistics/StatisticsReport.h"

#include <string>

namespace majakka::statistics {

// The report as one tidy table: `indicator,category,period,value`, value a whole
// number or the word `suppressed`. The period's rows come first, then the
// previous period's, then one row `suppression_threshold,k,PERIOD,K` that
// states the threshold applied (docs/statistics.md has the whole rule).
std::string reportToCsv(const ReleasedReport& report);
std::string reportToCsv(const StatisticsReport& report,
                        const FigureLayout& layout = FigureLayout::standard());

} // namespace majakka::statistics
