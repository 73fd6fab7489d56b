#pragma once

#include "statistics/FigureLayout.h"
#include "statistics/Period.h"

#include <cstdint>
#include <string>
#include <vector>

namespace majakka::statistics {

// A period's counts as they may be published: `suppressed[i]` hides values[i].
struct PublishedFigures
{
    Period period;
    std::vector<std::int64_t> values;
    std::vector<bool> suppressed;

    std::size_t suppressedCount() const;
};

// Cell suppression with threshold k:
// - primary: every count from 1 to k-1 is suppressed (zeros are published: they
//   point to no one);
// - secondary: more counts are suppressed until, for every relation of the
//   layout (a table and its margin, and the sums that tie a period to the one
//   before it), either none of its cells is suppressed or at least two are,
//   and where its total is published the suppressed parts add up to at least
//   k, so that the total less the published parts does not give a small
//   count either. Finally the whole system of relations is solved for the
//   suppressed cells (Determinability.h); any cell it fixes gets another
//   suppressed cell beside it, until none is fixed.
// The previous period's cells are taken as already published: only the current
// period's cells are suppressed to protect either period, so a report repeats
// the previous report's figures exactly and never reveals what it hid.
// Complements are the smallest non-zero published cells of the relation at
// fault (zeros only when there is nothing else), which hides the least.
class Suppression
{
public:
    static constexpr int DefaultThreshold = 5;
    static constexpr int MinimumThreshold = 3;

    // Throws Error(Usage) for a threshold below MinimumThreshold.
    explicit Suppression(int threshold = DefaultThreshold,
                         const FigureLayout& layout = FigureLayout::standard());

    int threshold() const { return m_threshold; }
    const FigureLayout& layout() const { return m_layout; }

    // `previous` is the published previous period, or null for a period
    // published on its own (no relations across periods are then checked).
    PublishedFigures
    apply(const Period& period, std::vector<std::int64_t> values, const PublishedFigures* previous) const;

    // The rule in words, for the report.
    std::string rule() const;

private:
    const FigureLayout& m_layout;
    int m_threshold;
};

} // namespace majakka::statistics
