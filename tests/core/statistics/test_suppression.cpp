#include "Error.h"
#include "RandomCases.h"
#include "casework/DemoGenerator.h"
#include "statistics/HalfYearFigures.h"
#include "statistics/StatisticsReport.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace majakka;
using namespace majakka::statistics;

namespace {

const FigureLayout& layout()
{
    return FigureLayout::standard();
}

bool hidden(const StatisticsReport& report, const Term& term)
{
    return (term.side == Side::Current ? report.current : report.previous).suppressed[term.cell];
}

std::int64_t valueOf(const StatisticsReport& report, const Term& term)
{
    return (term.side == Side::Current ? report.current : report.previous).values[term.cell];
}

// An independent check, in floating point with partial pivoting, of what the
// published sums fix: in the reduced row echelon form of the suppressed cells'
// coefficients, a cell is fixed when it is a pivot whose row has no free cell.
std::vector<std::string> fixedCells(const StatisticsReport& report)
{
    std::vector<Term> unknowns;
    for (Side side : {Side::Current, Side::Previous}) {
        for (std::size_t cell = 0; cell < layout().size(); ++cell) {
            if (hidden(report, {cell, side, 1})) {
                unknowns.push_back({cell, side, 1});
            }
        }
    }
    std::vector<std::vector<double>> rows;
    for (const Relation& relation : layout().reportRelations()) {
        std::vector<double> row(unknowns.size(), 0);
        for (const Term& term : relation.terms()) {
            for (std::size_t u = 0; u < unknowns.size(); ++u) {
                if (unknowns[u].cell == term.cell && unknowns[u].side == term.side) {
                    row[u] += term.sign;
                }
            }
        }
        rows.push_back(row);
    }
    std::vector<std::size_t> pivots;
    for (std::size_t c = 0; c < unknowns.size() && pivots.size() < rows.size(); ++c) {
        const std::size_t top = pivots.size();
        std::size_t pivot = top;
        for (std::size_t r = top; r < rows.size(); ++r) {
            if (std::abs(rows[r][c]) > std::abs(rows[pivot][c])) {
                pivot = r;
            }
        }
        if (std::abs(rows[pivot][c]) < 1e-9) {
            continue;
        }
        std::swap(rows[top], rows[pivot]);
        const double lead = rows[top][c];
        for (double& v : rows[top]) {
            v /= lead;
        }
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (r != top && std::abs(rows[r][c]) > 1e-12) {
                const double factor = rows[r][c];
                for (std::size_t j = 0; j < unknowns.size(); ++j) {
                    rows[r][j] -= factor * rows[top][j];
                }
            }
        }
        pivots.push_back(c);
    }
    std::vector<bool> isPivot(unknowns.size(), false);
    for (std::size_t c : pivots) {
        isPivot[c] = true;
    }
    std::vector<std::string> fixed;
    for (std::size_t r = 0; r < pivots.size(); ++r) {
        bool alone = true;
        for (std::size_t j = 0; j < unknowns.size(); ++j) {
            alone = alone && (isPivot[j] || std::abs(rows[r][j]) < 1e-9);
        }
        if (alone) {
            const Term& u = unknowns[pivots[r]];
            const Cell& cell = layout().cells()[u.cell];
            fixed.push_back(cell.indicator + "," + cell.category
                            + (u.side == Side::Previous ? " (previous)" : ""));
        }
    }
    return fixed;
}

// Every property the report must have, checked from the outside.
void checkReport(const StatisticsReport& report, int k, const HalfYearFigures& figures)
{
    for (const PublishedFigures* published : {&report.current, &report.previous}) {
        // What is published is the true count: suppression never alters a value.
        CHECK(published->values == figures.compute(published->period));
        for (std::size_t cell = 0; cell < layout().size(); ++cell) {
            const std::int64_t value = published->values[cell];
            if (!published->suppressed[cell]) {
                INFO(layout().cells()[cell].indicator << "," << layout().cells()[cell].category);
                CHECK((value == 0 || value >= k));
            }
        }
    }
    for (const Relation& relation : layout().reportRelations()) {
        INFO(relation.name);
        const auto terms = relation.terms();
        const auto count
            = std::count_if(terms.begin(), terms.end(), [&](const Term& t) { return hidden(report, t); });
        CHECK(count != 1);
        if (relation.isPlainSum() && !hidden(report, relation.total) && count > 0) {
            std::int64_t rest = 0;
            for (const Term& part : relation.parts) {
                rest += hidden(report, part) ? valueOf(report, part) : 0;
            }
            CHECK(rest >= k);
        }
    }
    CHECK(fixedCells(report) == std::vector<std::string> {});
}

} // namespace

TEST_CASE("a threshold below 3 is refused with a sentence that says why", "[statistics]")
{
    for (int k : {-1, 0, 1, 2}) {
        try {
            Suppression suppression(k);
            FAIL("accepted threshold " << k);
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::Usage);
            CHECK(std::string(error.what()).find("at least 3") != std::string::npos);
        }
    }
    CHECK(Suppression(3).threshold() == 3);
    CHECK(Suppression().threshold() == 5);
}

TEST_CASE(
    "random datasets: no small count published, no suppressed count derivable, across the previous period",
    "[statistics][property]")
{
    std::size_t suppressedSeen = 0;
    for (std::uint32_t seed = 1; seed <= 300; ++seed) {
        test::RandomCases random(seed);
        const int k = random.between(3, 7);
        const auto cases = random.make(static_cast<std::size_t>(random.between(0, 160)));
        const Period period = seed % 5 == 0
            ? Period::custom(domain::Date::fromYmd(2025, 2, 1).value(),
                             domain::Date::fromYmd(2025, 2, 1).value().addDays(random.between(20, 400)))
            : Period::halfYear(random.between(2024, 2026), random.between(1, 2));
        INFO("seed " << seed << ", k " << k << ", " << cases.size() << " cases, " << period.label());
        const Suppression suppression(k);
        const StatisticsReport report = buildReport(cases, period, suppression);
        checkReport(report, k, HalfYearFigures(cases));
        suppressedSeen += report.current.suppressedCount();
        if (period.isHalfYear()) {
            // The previous column is what the previous half-year's report published.
            const StatisticsReport before = buildReport(cases, period.previous(), suppression);
            CHECK(before.current.values == report.previous.values);
            CHECK(before.current.suppressed == report.previous.suppressed);
        }
    }
    CHECK(suppressedSeen > 1000); // the datasets are small enough to exercise suppression
}

TEST_CASE("a demo database's half-years keep every rule", "[statistics][property]")
{
    const domain::Date today = domain::Date::fromYmd(2026, 11, 23).value();
    std::vector<StatisticsCase> cases;
    for (const auto& record : DemoGenerator::generateClients(400, 3, today, {"kaisa"})) {
        cases.push_back(fromRecord(record));
    }
    const HalfYearFigures figures(cases);
    for (const char* period : {"2026H1", "2025H2", "2019H1"}) {
        INFO(period);
        const StatisticsReport report = buildReport(cases, Period::parse(period), Suppression(5));
        checkReport(report, 5, figures);
    }
}
