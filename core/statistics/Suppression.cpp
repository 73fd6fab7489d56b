#include "statistics/Suppression.h"

#include "Error.h"
#include "statistics/Determinability.h"

#include <algorithm>
#include <optional>

namespace majakka::statistics {

namespace {

// The state of the suppression run: both periods' values and masks.
class Run
{
public:
    Run(const FigureLayout& layout,
        int threshold,
        std::vector<std::int64_t> values,
        const PublishedFigures* previous)
        : m_threshold(threshold)
        , m_relations(previous ? layout.reportRelations() : layout.withinPeriod())
        , m_values(std::move(values))
        , m_suppressed(m_values.size(), false)
        , m_previous(previous)
    { }

    std::vector<bool> result()
    {
        for (std::size_t i = 0; i < m_values.size(); ++i) {
            m_suppressed[i] = m_values[i] >= 1 && m_values[i] < m_threshold;
        }
        while (fixRelation() || fixDetermined()) { }
        return m_suppressed;
    }

private:
    bool suppressed(const Term& term) const
    {
        return term.side == Side::Current ? m_suppressed[term.cell] : m_previous->suppressed[term.cell];
    }
    std::int64_t value(const Term& term) const
    {
        return term.side == Side::Current ? m_values[term.cell] : m_previous->values[term.cell];
    }

    // Suppresses the best current published cell among `terms`: the smallest
    // non-zero one, else a zero. False when there is none.
    bool suppressOneOf(const std::vector<Term>& terms)
    {
        std::optional<std::size_t> best;
        for (const Term& term : terms) {
            if (term.side != Side::Current || m_suppressed[term.cell]) {
                continue;
            }
            const auto rank = [&](std::size_t cell) {
                return std::make_pair(m_values[cell] == 0, m_values[cell]);
            };
            if (!best || rank(term.cell) < rank(*best)) {
                best = term.cell;
            }
        }
        if (best) {
            m_suppressed[*best] = true;
        }
        return best.has_value();
    }

    // One relation with exactly one suppressed cell, or whose published total
    // less its published parts is a small count: suppress one more of its cells.
    bool fixRelation()
    {
        for (const Relation& relation : m_relations) {
            const std::vector<Term> terms = relation.terms();
            const auto hidden
                = std::count_if(terms.begin(), terms.end(), [&](const Term& t) { return suppressed(t); });
            if (hidden == 1 && suppressOneOf(terms)) {
                return true;
            }
            if (hidden >= 1 && relation.isPlainSum() && !suppressed(relation.total)) {
                std::int64_t rest = 0;
                for (const Term& part : relation.parts) {
                    rest += suppressed(part) ? value(part) : 0;
                }
                if (rest < m_threshold && suppressOneOf(relation.parts)) {
                    return true;
                }
            }
        }
        return false;
    }

    // Solves the relations for the suppressed cells; one that is fixed gets a
    // complement in one of its relations.
    bool fixDetermined()
    {
        // Unknowns: the suppressed cells of the current period, then of the previous one.
        std::vector<Term> unknowns;
        std::vector<std::size_t> indexOf[2]
            = {std::vector<std::size_t>(m_values.size(), 0), std::vector<std::size_t>(m_values.size(), 0)};
        for (Side side : {Side::Current, Side::Previous}) {
            if (side == Side::Previous && !m_previous) {
                break;
            }
            for (std::size_t cell = 0; cell < m_values.size(); ++cell) {
                if (suppressed(Term {cell, side, 1})) {
                    indexOf[side == Side::Current ? 0 : 1][cell] = unknowns.size();
                    unknowns.push_back({cell, side, 1});
                }
            }
        }
        std::vector<Equation> equations;
        std::vector<const Relation*> sources;
        for (const Relation& relation : m_relations) {
            Equation equation;
            for (const Term& term : relation.terms()) {
                if (suppressed(term)) {
                    equation.emplace_back(indexOf[term.side == Side::Current ? 0 : 1][term.cell], term.sign);
                }
            }
            if (!equation.empty()) {
                equations.push_back(std::move(equation));
                sources.push_back(&relation);
            }
        }
        const std::vector<bool> determined = determinedUnknowns(equations, unknowns.size());
        for (std::size_t u = 0; u < unknowns.size(); ++u) {
            if (!determined[u]) {
                continue;
            }
            std::vector<Term> candidates;
            for (const Relation* relation : sources) {
                const std::vector<Term> terms = relation->terms();
                const bool holds = std::any_of(terms.begin(), terms.end(), [&](const Term& t) {
                    return t.cell == unknowns[u].cell && t.side == unknowns[u].side;
                });
                if (holds) {
                    candidates.insert(candidates.end(), terms.begin(), terms.end());
                }
            }
            if (suppressOneOf(candidates)) {
                return true;
            }
            throw Error(ErrorCode::Internal,
                        "statistics: a suppressed count could not be protected; the report was not written");
        }
        return false;
    }

    int m_threshold;
    std::vector<Relation> m_relations;
    std::vector<std::int64_t> m_values;
    std::vector<bool> m_suppressed;
    const PublishedFigures* m_previous;
};

} // namespace

std::size_t PublishedFigures::suppressedCount() const
{
    return static_cast<std::size_t>(std::count(suppressed.begin(), suppressed.end(), true));
}

Suppression::Suppression(int threshold, const FigureLayout& layout)
    : m_layout(layout)
    , m_threshold(threshold)
{
    if (threshold < MinimumThreshold) {
        throw Error(ErrorCode::Usage,
                    "the suppression threshold must be at least " + std::to_string(MinimumThreshold) + "; "
                        + std::to_string(threshold) + " would publish counts that point to people");
    }
}

PublishedFigures Suppression::apply(const Period& period,
                                    std::vector<std::int64_t> values,
                                    const PublishedFigures* previous) const
{
    if (values.size() != m_layout.size() || (previous && previous->values.size() != m_layout.size())) {
        throw Error(ErrorCode::Internal, "statistics: the figures do not match the report's layout");
    }
    std::vector<bool> suppressed = Run(m_layout, m_threshold, values, previous).result();
    return PublishedFigures {period, std::move(values), std::move(suppressed)};
}

std::string Suppression::rule() const
{
    const std::string k = std::to_string(m_threshold);
    return "Counts from 1 to " + std::to_string(m_threshold - 1) + " are suppressed (threshold k = " + k
        + "); zeros are published. Further counts are suppressed so that no suppressed count can be "
          "worked out: every table with its total, every sum linking tables, and every sum linking the "
          "period to the previous one (totals since the first record, clients within services) has either "
          "no suppressed count or at least two, suppressed parts of a published total add up to at least "
        + k
        + ", and solving all these sums together fixes no suppressed count. The previous period's "
          "figures are repeated as they were published. No names, free text or dates finer than the "
          "period are included.";
}

} // namespace majakka::statistics
