#include "statistics/KAnonymity.h"

#include "Error.h"

#include <algorithm>
#include <array>
#include <bit>
#include <map>

namespace majakka::statistics {

namespace detail {

std::pair<std::uint32_t, bool> LabelNumbering::number(const std::string& label)
{
    const auto [found, isNew] = m_codes.emplace(label, static_cast<std::uint32_t>(m_codes.size()));
    return {found->second, isNew};
}

void checkLevel0(const std::vector<std::string>& labels, const std::string& level0)
{
    if (labels.empty() || labels.front() != level0) {
        throw Error(ErrorCode::Internal, "k-anonymity: a value's level-0 label is not its recorded label");
    }
}

QuasiIdentifier encodeLevels(std::string name,
                             std::vector<std::uint32_t> rowCodes,
                             const std::vector<std::vector<std::string>>& codeLabels)
{
    QuasiIdentifier attribute {std::move(name), std::move(rowCodes), {}, {}};
    const std::size_t levels = codeLabels.empty() ? 1 : codeLabels.front().size();
    attribute.generalised.assign(levels, std::vector<std::uint32_t>(codeLabels.size(), 0));
    attribute.labels.assign(levels, {});
    // Values are numbered in the order of their labels, so that rows sorted by
    // their values come out in an order that depends on nothing but what is published.
    for (std::size_t level = 0; level < levels; ++level) {
        std::map<std::string, std::uint32_t> numbers;
        for (const auto& labels : codeLabels) {
            if (labels.size() != levels) {
                throw Error(ErrorCode::Internal,
                            "k-anonymity: " + attribute.name + " has values with different levels");
            }
            numbers.emplace(labels[level], 0);
        }
        for (auto& [label, number] : numbers) {
            number = static_cast<std::uint32_t>(attribute.labels[level].size());
            attribute.labels[level].push_back(label);
        }
        for (std::size_t code = 0; code < codeLabels.size(); ++code) {
            attribute.generalised[level][code] = numbers.at(codeLabels[code][level]);
        }
    }
    // Each level must merge the one before: values equal at one level stay equal at the next.
    for (std::size_t level = 1; level < levels; ++level) {
        std::vector<std::int64_t> mergedInto(attribute.labels[level - 1].size(), -1);
        for (std::size_t code = 0; code < codeLabels.size(); ++code) {
            auto& target = mergedInto[attribute.generalised[level - 1][code]];
            const auto value = static_cast<std::int64_t>(attribute.generalised[level][code]);
            if (target >= 0 && target != value) {
                throw Error(ErrorCode::Internal,
                            "k-anonymity: level " + std::to_string(level) + " of " + attribute.name
                                + " does not merge the level before it");
            }
            target = value;
        }
    }
    return attribute;
}

} // namespace detail

namespace {

using Key = std::array<std::uint64_t, 2>;

// A combination of values at the current levels, with how many rows have it.
// `codes` are any one member's level-0 codes: since levels merge, they give the
// class's values at every higher level too.
struct Group
{
    std::vector<std::uint32_t> codes;
    std::size_t count = 0;
};

class Packer
{
public:
    Packer(const std::vector<QuasiIdentifier>& attributes, const std::vector<std::size_t>& levels)
        : m_attributes(attributes)
        , m_levels(levels)
    {
        std::size_t used = 0;
        for (std::size_t a = 0; a < attributes.size(); ++a) {
            const auto values = attributes[a].labels[levels[a]].size();
            m_bits.push_back(
                static_cast<unsigned>(std::bit_width(values > 1 ? values - 1 : std::size_t {1})));
            used += m_bits.back();
        }
        if (used > 128) {
            throw Error(ErrorCode::Internal, "k-anonymity: too many distinct values to compare");
        }
    }

    // The values side by side in 128 bits, the first attribute highest, so that
    // keys sort as their values do attribute by attribute.
    Key key(const std::vector<std::uint32_t>& codes) const
    {
        Key key {0, 0};
        for (std::size_t a = 0; a < codes.size(); ++a) {
            const unsigned bits = m_bits[a];
            const std::uint64_t value = m_attributes[a].generalised[m_levels[a]][codes[a]];
            key[0] = (key[0] << bits) | (key[1] >> (64 - bits));
            key[1] = (key[1] << bits) | value;
        }
        return key;
    }

private:
    const std::vector<QuasiIdentifier>& m_attributes;
    const std::vector<std::size_t>& m_levels;
    std::vector<unsigned> m_bits;
};

// Merges `groups` into the combinations they have at `levels`.
std::vector<Group> regroup(const std::vector<Group>& groups,
                           const std::vector<QuasiIdentifier>& attributes,
                           const std::vector<std::size_t>& levels)
{
    const Packer packer(attributes, levels);
    std::vector<std::pair<Key, std::size_t>> keyed;
    keyed.reserve(groups.size());
    for (std::size_t g = 0; g < groups.size(); ++g) {
        keyed.emplace_back(packer.key(groups[g].codes), g);
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<Group> merged;
    for (std::size_t i = 0; i < keyed.size(); ++i) {
        if (i == 0 || keyed[i].first != keyed[i - 1].first) {
            merged.push_back({groups[keyed[i].second].codes, 0});
        }
        merged.back().count += groups[keyed[i].second].count;
    }
    return merged;
}

std::size_t rowsBelow(const std::vector<Group>& groups, int k)
{
    std::size_t rows = 0;
    for (const Group& group : groups) {
        rows += group.count < static_cast<std::size_t>(k) ? group.count : 0;
    }
    return rows;
}

} // namespace

KAnonymousRelease makeKAnonymous(const std::vector<QuasiIdentifier>& attributes,
                                 std::size_t rowCount,
                                 const KAnonymityOptions& options)
{
    std::vector<std::size_t> levels(attributes.size(), 0);
    std::vector<Group> groups;
    groups.reserve(rowCount);
    for (std::size_t row = 0; row < rowCount; ++row) {
        Group group {{}, 1};
        for (const QuasiIdentifier& attribute : attributes) {
            group.codes.push_back(attribute.rowCodes[row]);
        }
        groups.push_back(std::move(group));
    }
    groups = regroup(groups, attributes, levels);

    // Top-down: everything withheld, then in turns through the attributes, each
    // made one level more detailed while that leaves few enough rows out. Rows
    // left out only grow as values get more detailed, so an attribute that
    // cannot be refined now never can be later.
    const auto allowed = static_cast<std::size_t>(options.maxSuppressedShare * static_cast<double>(rowCount));
    std::vector<std::size_t> order = options.order;
    if (order.empty()) {
        for (std::size_t a = 0; a < attributes.size(); ++a) {
            order.push_back(a);
        }
    }
    for (std::size_t a : order) {
        if (a >= attributes.size()) {
            throw Error(ErrorCode::Internal, "k-anonymity: the order names an attribute that does not exist");
        }
    }
    for (std::size_t a = 0; a < attributes.size(); ++a) {
        levels[a] = attributes[a].levelCount() - 1;
    }
    std::vector<bool> blocked(attributes.size(), false);
    for (bool refined = true; refined;) {
        refined = false;
        for (std::size_t a : order) {
            if (blocked[a] || levels[a] == 0) {
                continue;
            }
            std::vector<std::size_t> trial = levels;
            --trial[a];
            if (rowsBelow(regroup(groups, attributes, trial), options.k) <= allowed) {
                levels = std::move(trial);
                refined = true;
            } else {
                blocked[a] = true;
            }
        }
    }

    // The rows of combinations that occur at least k times, ordered by their
    // published values so that the file's order tells nothing about the records.
    KAnonymousRelease release {levels, {}, 0};
    const Packer packer(attributes, levels);
    std::vector<std::pair<Key, std::size_t>> keyed;
    keyed.reserve(rowCount);
    std::vector<std::uint32_t> codes(attributes.size());
    for (std::size_t row = 0; row < rowCount; ++row) {
        for (std::size_t a = 0; a < attributes.size(); ++a) {
            codes[a] = attributes[a].rowCodes[row];
        }
        keyed.emplace_back(packer.key(codes), row);
    }
    std::sort(keyed.begin(), keyed.end());
    for (std::size_t start = 0; start < keyed.size();) {
        std::size_t end = start;
        while (end < keyed.size() && keyed[end].first == keyed[start].first) {
            ++end;
        }
        if (end - start >= static_cast<std::size_t>(options.k)) {
            for (std::size_t i = start; i < end; ++i) {
                release.rows.push_back(keyed[i].second);
            }
        } else {
            release.suppressedRows += end - start;
        }
        start = end;
    }
    return release;
}

} // namespace majakka::statistics
