#include "statistics/Determinability.h"

#include <cstdint>

namespace majakka::statistics {

namespace {

using Row = std::vector<std::uint64_t>;

std::uint64_t power(std::uint64_t base, std::uint64_t exponent, std::uint64_t prime)
{
    std::uint64_t result = 1;
    base %= prime;
    while (exponent > 0) {
        if (exponent & 1) {
            result = result * base % prime;
        }
        base = base * base % prime;
        exponent >>= 1;
    }
    return result;
}

std::vector<bool>
determinedModulo(const std::vector<Equation>& equations, std::size_t unknownCount, std::uint64_t prime)
{
    std::vector<Row> rows;
    rows.reserve(equations.size());
    for (const Equation& equation : equations) {
        Row row(unknownCount, 0);
        for (const auto& [index, coefficient] : equation) {
            const auto magnitude
                = static_cast<std::uint64_t>(coefficient < 0 ? -coefficient : coefficient) % prime;
            const std::uint64_t value = coefficient < 0 ? (prime - magnitude) % prime : magnitude;
            row[index] = (row[index] + value) % prime;
        }
        rows.push_back(std::move(row));
    }

    // Reduced row echelon form.
    std::vector<std::size_t> pivotColumns;
    std::size_t rank = 0;
    for (std::size_t column = 0; column < unknownCount && rank < rows.size(); ++column) {
        std::size_t pivot = rank;
        while (pivot < rows.size() && rows[pivot][column] == 0) {
            ++pivot;
        }
        if (pivot == rows.size()) {
            continue;
        }
        std::swap(rows[rank], rows[pivot]);
        const std::uint64_t inverse = power(rows[rank][column], prime - 2, prime);
        for (std::uint64_t& value : rows[rank]) {
            value = value * inverse % prime;
        }
        for (std::size_t other = 0; other < rows.size(); ++other) {
            const std::uint64_t factor = rows[other][column];
            if (other == rank || factor == 0) {
                continue;
            }
            for (std::size_t c = 0; c < unknownCount; ++c) {
                rows[other][c] = (rows[other][c] + (prime - factor) * rows[rank][c]) % prime;
            }
        }
        pivotColumns.push_back(column);
        ++rank;
    }

    std::vector<bool> isPivot(unknownCount, false);
    for (std::size_t column : pivotColumns) {
        isPivot[column] = true;
    }
    std::vector<bool> determined(unknownCount, false);
    for (std::size_t r = 0; r < pivotColumns.size(); ++r) {
        bool alone = true;
        for (std::size_t c = 0; c < unknownCount && alone; ++c) {
            alone = isPivot[c] || rows[r][c] == 0;
        }
        determined[pivotColumns[r]] = alone;
    }
    return determined;
}

} // namespace

std::vector<bool> determinedUnknowns(const std::vector<Equation>& equations, std::size_t unknownCount)
{
    std::vector<bool> determined = determinedModulo(equations, unknownCount, 2'147'483'647);
    const std::vector<bool> second = determinedModulo(equations, unknownCount, 2'147'483'629);
    for (std::size_t i = 0; i < unknownCount; ++i) {
        determined[i] = determined[i] || second[i];
    }
    return determined;
}

} // namespace majakka::statistics
