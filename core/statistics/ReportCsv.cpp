#include "statistics/ReportCsv.h"

namespace majakka::statistics {

namespace {

void writeRows(std::string& out, const ReleasedFigures& figures, const FigureLayout& layout)
{
    const std::string period = figures.period.label();
    for (std::size_t i = 0; i < layout.size(); ++i) {
        const Cell& cell = layout.cells()[i];
        const auto& value = figures.values[i];
        out += cell.indicator + "," + cell.category + "," + period + ","
            + (value ? std::to_string(*value) : std::string("suppressed")) + "\n";
    }
}

} // namespace

std::string reportToCsv(const ReleasedReport& report)
{
    std::string out = "indicator,category,period,value\n";
    writeRows(out, report.current(), report.layout());
    writeRows(out, report.previous(), report.layout());
    out += "suppression_threshold,k," + report.current().period.label() + ","
        + std::to_string(report.threshold()) + "\n";
    return out;
}

std::string reportToCsv(const StatisticsReport& report, const FigureLayout& layout)
{
    return reportToCsv(ReleasedReport::of(report, layout));
}

} // namespace majakka::statistics
