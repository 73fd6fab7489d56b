#pragma once

#include "statistics/ReleasedReport.h"
#include "statistics/StatisticsReport.h"

#include <string>

namespace majakka::statistics {

// The report as JSON:
// {"report": "half-year statistics", "period": {"label", "from", "to"},
//  "previous_period": {...}, "suppression": {"threshold", "rule", "suppressed_cells"},
//  "indicators": {"new_admissions_by_gender": {"2026H1": {"female": 12, "male": "suppressed", ...},
//                                              "2025H2": {...}}, ...}}
std::string reportToJson(const ReleasedReport& report);
std::string reportToJson(const StatisticsReport& report,
                         const FigureLayout& layout = FigureLayout::standard());

} // namespace majakka::statistics
