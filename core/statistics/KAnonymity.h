#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace majakka::statistics {

// A quasi-identifier of record-level data, with its generalisation hierarchy:
// level 0 is the value as recorded; each further level merges values of the
// level before (a year into two years, a country into its region), and the
// last withholds the value. Values are numbered: `rowCodes[row]` is a row's
// level-0 code, `generalised[level][code]` that code's value at `level`, and
// `labels[level][value]` what is written.
struct QuasiIdentifier
{
    std::string name;
    std::vector<std::uint32_t> rowCodes;
    std::vector<std::vector<std::uint32_t>> generalised;
    std::vector<std::vector<std::string>> labels;

    std::size_t levelCount() const { return labels.size(); }
    const std::string& label(std::size_t row, std::size_t level) const
    {
        return labels[level][generalised[level][rowCodes[row]]];
    }
};

// Builds a quasi-identifier: `level0Of(row)` is a row's recorded label and
// `labelsOf(row)` its labels at every level, asked once per distinct level-0
// label (rows with the same level-0 label share the other levels). Throws
// Error(Internal) when a level does not merge the one before it, since the
// search below depends on that.
template<typename Level0Of, typename LabelsOf>
QuasiIdentifier makeQuasiIdentifier(std::string name, std::size_t rows, Level0Of level0Of, LabelsOf labelsOf);

struct KAnonymityOptions
{
    int k = 5;
    // At most this share of the rows may be left out.
    double maxSuppressedShare = 0.05;
    // The order in which attributes are offered more detail (indices into the
    // attributes); empty: their own order.
    std::vector<std::size_t> order = {};
};

struct KAnonymousRelease
{
    std::vector<std::size_t> levels; // the level of each quasi-identifier
    std::vector<std::size_t> rows; // the rows published, in the order of their labels
    std::size_t suppressedRows = 0;
};

// Full-domain generalisation, then row suppression (Samarati's k-anonymity),
// searched top-down: start with every value withheld (one combination, all
// rows), then go round the attributes in `order`, making each one level more
// detailed whenever at most maxSuppressedShare of the rows would then be in
// combinations of fewer than k; stop when none can be. Finally leave out every
// row whose combination of published values occurs fewer than k times. Every
// combination in the release occurs at least k times.
KAnonymousRelease makeKAnonymous(const std::vector<QuasiIdentifier>& attributes,
                                 std::size_t rowCount,
                                 const KAnonymityOptions& options);

namespace detail {
// Numbers level-0 labels as they come; returns a row's code and whether it is new.
class LabelNumbering
{
public:
    std::pair<std::uint32_t, bool> number(const std::string& label);

private:
    std::unordered_map<std::string, std::uint32_t> m_codes;
};

// Throws Error(Internal) unless `labels` starts with `level0`.
void checkLevel0(const std::vector<std::string>& labels, const std::string& level0);

// The other levels from the labels of each code's first row; checks that they merge.
QuasiIdentifier encodeLevels(std::string name,
                             std::vector<std::uint32_t> rowCodes,
                             const std::vector<std::vector<std::string>>& codeLabels);
} // namespace detail

template<typename Level0Of, typename LabelsOf>
QuasiIdentifier makeQuasiIdentifier(std::string name, std::size_t rows, Level0Of level0Of, LabelsOf labelsOf)
{
    detail::LabelNumbering numbering;
    std::vector<std::uint32_t> rowCodes(rows);
    std::vector<std::vector<std::string>> codeLabels;
    for (std::size_t row = 0; row < rows; ++row) {
        const std::string label = level0Of(row);
        const auto [code, isNew] = numbering.number(label);
        rowCodes[row] = code;
        if (isNew) {
            codeLabels.push_back(labelsOf(row));
            detail::checkLevel0(codeLabels.back(), label);
        }
    }
    return detail::encodeLevels(std::move(name), std::move(rowCodes), codeLabels);
}

} // namespace majakka::statistics
