#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace majakka::statistics {

// The indicators of the half-year report, in the order they are written.
namespace indicator {
inline constexpr std::string_view WithinServices = "clients_within_services";
inline constexpr std::string_view NewAdmissions = "new_admissions";
inline constexpr std::string_view ByGender = "new_admissions_by_gender";
inline constexpr std::string_view ByAgeBand = "new_admissions_by_age_band";
inline constexpr std::string_view ByAgeAtEntry = "new_admissions_by_age_at_entry";
inline constexpr std::string_view ByPlace = "new_admissions_by_place_of_exploitation";
inline constexpr std::string_view ByForm = "new_admissions_by_form";
inline constexpr std::string_view ByIndustry = "new_admissions_by_labour_industry";
inline constexpr std::string_view BySource = "new_admissions_by_referral_source";
inline constexpr std::string_view ByRegion = "new_admissions_by_citizenship_region";
inline constexpr std::string_view ByOffice = "new_admissions_by_office";
inline constexpr std::string_view NotAdmitted = "referrals_not_admitted";
inline constexpr std::string_view Ends = "ends_of_assistance";
inline constexpr std::string_view ReflectionPeriods = "reflection_periods_granted";
inline constexpr std::string_view SinceFirstRecord = "admissions_since_first_record";
} // namespace indicator

// Category names besides the vocabularies' own.
namespace category {
inline constexpr std::string_view Total = "total";
inline constexpr std::string_view NotRecorded = "not_recorded";
inline constexpr std::string_view Adult = "adult";
inline constexpr std::string_view Minor = "minor";
inline constexpr std::string_view Unknown = "unknown";
inline constexpr std::string_view InFinland = "in_finland";
inline constexpr std::string_view Abroad = "abroad";
} // namespace category

// One published count of a period: an indicator and one of its categories,
// e.g. ("new_admissions_by_gender", "female").
struct Cell
{
    std::string indicator;
    std::string category;
};

// Which period's cell a relation term means: the report's own, or the one it compares with.
enum class Side
{
    Current,
    Previous,
};

struct Term
{
    std::size_t cell = 0;
    Side side = Side::Current;
    int sign = 1;

    bool operator==(const Term&) const = default;
};

// total = sum of sign * part. Anyone who reads the report can use these sums,
// so suppression must leave every suppressed cell undetermined by them. A
// table whose categories may overlap (a case with two forms of exploitation)
// gives only total <= sum; it is treated as a sum all the same, which can
// only make the suppression stricter.
struct Relation
{
    std::string name;
    Term total;
    std::vector<Term> parts;

    std::vector<Term> terms() const;
    // Every part added with sign +1: a table and its margin.
    bool isPlainSum() const;
};

// The cells of a report period, in the order they are written, and every
// relation among them: each table's categories sum to its margin, and some
// tables to each other (age bands to adult or minor). Across periods: the
// totals since the first record grow by the new admissions, and the clients
// within services change by admissions less ends.
class FigureLayout
{
public:
    static const FigureLayout& standard();

    const std::vector<Cell>& cells() const { return m_cells; }
    std::size_t size() const { return m_cells.size(); }
    // Throws Error(Internal) for a cell that does not exist.
    std::size_t at(std::string_view indicator, std::string_view category) const;

    // Relations among one period's cells (every term Side::Current).
    const std::vector<Relation>& withinPeriod() const { return m_within; }
    // Relations between a period (Current) and the one before it (Previous).
    const std::vector<Relation>& acrossPeriods() const { return m_across; }
    // All of them for a report and its previous period: withinPeriod for each
    // side, then acrossPeriods.
    std::vector<Relation> reportRelations() const;

private:
    FigureLayout();
    std::size_t add(const std::string& indicator, const std::string& category);
    // A table of `categories` summing to `margin`; the margin is the table's own
    // "total" category when `margin` is empty.
    void table(const std::string& indicator,
               const std::vector<std::string>& categories,
               std::pair<std::string, std::string> margin = {});

    std::vector<Cell> m_cells;
    std::map<std::pair<std::string, std::string>, std::size_t> m_index;
    std::vector<Relation> m_within;
    std::vector<Relation> m_across;
};

} // namespace majakka::statistics
