#pragma once

#include "statistics/FigureLayout.h"
#include "statistics/Period.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace majakka::statistics {

struct StatisticsReport;

// One period's cells as they may be published: a count, or nothing where the
// cell is suppressed.
struct ReleasedFigures
{
    Period period;
    std::vector<std::optional<std::int64_t>> values;

    std::size_t suppressedCount() const;
};

// The report as it may leave the encrypted store. Suppression needs the true
// counts behind the suppressed cells; this holds only what is published, so
// whatever renders it (CSV and JSON here, the PDF and the statistics screen in
// ui/) has no way to show a suppressed count, by mistake or otherwise.
class ReleasedReport
{
public:
    static ReleasedReport of(const StatisticsReport& report,
                             const FigureLayout& layout = FigureLayout::standard());

    const ReleasedFigures& current() const { return m_current; }
    const ReleasedFigures& previous() const { return m_previous; }
    const ReleasedFigures& figures(Side side) const { return side == Side::Current ? m_current : m_previous; }
    int threshold() const { return m_threshold; }
    // The rule applied, in English words (the PDF words it in its own language).
    const std::string& rule() const { return m_rule; }
    const FigureLayout& layout() const { return *m_layout; }
    std::size_t suppressedCount() const { return m_current.suppressedCount() + m_previous.suppressedCount(); }

    // A cell's published count, nothing when suppressed. Throws Error(Internal)
    // for a cell the layout does not have.
    std::optional<std::int64_t> value(Side side, std::string_view indicator, std::string_view category) const;

private:
    ReleasedReport(ReleasedFigures current,
                   ReleasedFigures previous,
                   int threshold,
                   std::string rule,
                   const FigureLayout& layout)
        : m_current(std::move(current))
        , m_previous(std::move(previous))
        , m_threshold(threshold)
        , m_rule(std::move(rule))
        , m_layout(&layout)
    { }

    ReleasedFigures m_current;
    ReleasedFigures m_previous;
    int m_threshold;
    std::string m_rule;
    const FigureLayout* m_layout;
};

} // namespace majakka::statistics
