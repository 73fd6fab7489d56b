#include "statistics/ReportJson.h"

#include <nlohmann/json.hpp>

namespace majakka::statistics {

namespace {

using Json = nlohmann::ordered_json;

Json periodJson(const Period& period)
{
    return {{"label", period.label()}, {"from", period.from().toString()}, {"to", period.to().toString()}};
}

void addValues(Json& indicators, const PublishedFigures& figures, const FigureLayout& layout)
{
    const std::string period = figures.period.label();
    for (std::size_t i = 0; i < layout.size(); ++i) {
        const Cell& cell = layout.cells()[i];
        indicators[cell.indicator][period][cell.category]
            = figures.suppressed[i] ? Json("suppressed") : Json(figures.values[i]);
    }
}

} // namespace

std::string reportToJson(const StatisticsReport& report, const FigureLayout& layout)
{
    Json indicators = Json::object();
    addValues(indicators, report.current, layout);
    addValues(indicators, report.previous, layout);
    const Json document {
        {"report", "half-year statistics"},
        {"period", periodJson(report.current.period)},
        {"previous_period", periodJson(report.previous.period)},
        {"suppression",
         {{"threshold", report.threshold},
          {"rule", report.rule},
          {"suppressed_cells", report.current.suppressedCount() + report.previous.suppressedCount()}}},
        {"indicators", indicators},
    };
    return document.dump(2) + "\n";
}

} // namespace majakka::statistics
