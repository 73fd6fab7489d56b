#include "statistics/ReleasedReport.h"

#include "statistics/StatisticsReport.h"

#include <algorithm>

namespace majakka::statistics {

namespace {

ReleasedFigures released(const PublishedFigures& figures)
{
    ReleasedFigures out {figures.period, {}};
    out.values.reserve(figures.values.size());
    for (std::size_t i = 0; i < figures.values.size(); ++i) {
        out.values.push_back(figures.suppressed[i] ? std::nullopt : std::optional(figures.values[i]));
    }
    return out;
}

} // namespace

std::size_t ReleasedFigures::suppressedCount() const
{
    return static_cast<std::size_t>(
        std::count_if(values.begin(), values.end(), [](const auto& value) { return !value; }));
}

ReleasedReport ReleasedReport::of(const StatisticsReport& report, const FigureLayout& layout)
{
    return ReleasedReport(
        released(report.current), released(report.previous), report.threshold, report.rule, layout);
}

std::optional<std::int64_t>
ReleasedReport::value(Side side, std::string_view indicator, std::string_view category) const
{
    return figures(side).values.at(m_layout->at(indicator, category));
}

} // namespace majakka::statistics
