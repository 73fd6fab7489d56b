#include "statistics/ReportCsv.h"

namespace majakka::statistics {

namespace {

void writeRows(std::string& out, const PublishedFigures& figures, const FigureLayout& layout)
{
    const std::string period = figures.period.label();
    for (std::size_t i = 0; i < layout.size(); ++i) {
        const Cell& cell = layout.cells()[i];
        out += cell.indicator + "," + cell.category + "," + period + ","
            + (figures.suppressed[i] ? std::string("suppressed") : std::to_string(figures.values[i])) + "\n";
    }
}

} // namespace

std::string reportToCsv(const StatisticsReport& report, const FigureLayout& layout)
{
    std::string out = "indicator,category,period,value\n";
    writeRows(out, report.current, layout);
    writeRows(out, report.previous, layout);
    out += "suppression_threshold,k," + report.current.period.label() + "," + std::to_string(report.threshold)
        + "\n";
    return out;
}

} // namespace majakka::statistics
