#include "statistics/StatisticsReport.h"

#include "Progress.h"
#include "statistics/HalfYearFigures.h"

namespace majakka::statistics {

namespace {

Period nextHalfYear(const Period& period)
{
    return Period::halfYearOf(period.to().addDays(1));
}

// A period before anything was recorded: every count is zero and known.
PublishedFigures nothingYet(const Period& period, std::size_t cells)
{
    return PublishedFigures {period, std::vector<std::int64_t>(cells, 0), std::vector<bool>(cells, false)};
}

} // namespace

StatisticsReport buildReport(const std::vector<StatisticsCase>& cases,
                             const Period& period,
                             const Suppression& suppression,
                             Progress* progress)
{
    const HalfYearFigures figures(cases, suppression.layout());
    const std::size_t cells = suppression.layout().size();
    StatisticsReport report {nothingYet(period, cells),
                             nothingYet(period.previous(), cells),
                             suppression.threshold(),
                             suppression.rule()};

    if (!period.isHalfYear()) {
        report.previous = suppression.apply(period.previous(), figures.compute(period.previous()), nullptr);
        report.current = suppression.apply(period, figures.compute(period), &report.previous);
        return report;
    }
    // From the half-year of the first record (or the period itself, when that
    // comes first) to the period, each report fixed before the next is made.
    std::vector<Period> chain {period};
    if (const auto first = figures.firstRecord(); first && *first < period.from()) {
        chain = {Period::halfYearOf(*first)};
        while (!(chain.back() == period)) {
            chain.push_back(nextHalfYear(chain.back()));
        }
    }
    Progress::checkCancel(progress);
    const auto values = figures.computeConsecutive(chain);
    PublishedFigures previous = nothingYet(chain.front().previous(), cells);
    for (std::size_t link = 0;; ++link) {
        Progress::advance(progress, link, chain.size());
        PublishedFigures current = suppression.apply(chain[link], values[link], &previous);
        if (link + 1 == chain.size()) {
            report.previous = std::move(previous);
            report.current = std::move(current);
            return report;
        }
        previous = std::move(current);
    }
}

} // namespace majakka::statistics
