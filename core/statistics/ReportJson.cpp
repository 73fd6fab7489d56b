#include "statistics/ReportJson.h"

#include <nlohmann/json.hpp>

namespace majakka::statistics {

namespace {

using Json = nlohmann::ordered_json;

Json periodJson(const Period& period)
{
    return {{"label", period.label()}, {"from", period.from().toString()}, {"to", period.to().toString()}};
}

void addValues(Json& indicators, const ReleasedFigures& figures, const FigureLayout& layout)
{
    const std::string period = figures.period.label();
    for (std::size_t i = 0; i < layout.size(); ++i) {
        const Cell& cell = layout.cells()[i];
        const auto& value = figures.values[i];
        indicators[cell.indicator][period][cell.category] = value ? Json(*value) : Json("suppressed");
    }
}

} // namespace

std::string reportToJson(const ReleasedReport& report)
{
    Json indicators = Json::object();
    addValues(indicators, report.current(), report.layout());
    addValues(indicators, report.previous(), report.layout());
    const Json document {
        {"report", "half-year statistics"},
        {"period", periodJson(report.current().period)},
        {"previous_period", periodJson(report.previous().period)},
        {"suppression",
         {{"threshold", report.threshold()},
          {"rule", report.rule()},
          {"suppressed_cells", report.suppressedCount()}}},
        {"indicators", indicators},
    };
    return document.dump(2) + "\n";
}

std::string reportToJson(const StatisticsReport& report, const FigureLayout& layout)
{
    return reportToJson(ReleasedReport::of(report, layout));
}

} // namespace majakka::statistics
