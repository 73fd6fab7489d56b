#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace majakka::domain {

// A civil date (no time, no time zone), written "YYYY-MM-DD". Years 1800-9999:
// the oldest personal identity codes are from the 1800s, and four digits keep
// the written form sortable.
class Date
{
public:
    // 1970-01-01, so that records can be default-constructed.
    constexpr Date() = default;

    // nullopt unless year, month and day make a real date in 1800-9999.
    static std::optional<Date> fromYmd(int year, unsigned month, unsigned day);
    static std::optional<Date> fromYmd(std::chrono::year_month_day ymd);
    static Date fromDays(std::chrono::sys_days days);
    // The UTC date of a moment. (Finnish local dates differ by at most a few
    // hours around midnight; callers that care pass a shifted time point.)
    static Date fromTimePoint(std::chrono::system_clock::time_point moment);

    // Exactly "YYYY-MM-DD" and a real date; otherwise nullopt.
    static std::optional<Date> tryParse(std::string_view text);
    // As tryParse, but throws Error(Invalid, sentence, field) naming `field`.
    static Date parse(std::string_view text, const std::string& field);

    std::string toString() const;

    int year() const { return static_cast<int>(m_ymd.year()); }
    unsigned month() const { return static_cast<unsigned>(m_ymd.month()); }
    unsigned day() const { return static_cast<unsigned>(m_ymd.day()); }
    std::chrono::year_month_day ymd() const { return m_ymd; }
    std::chrono::sys_days days() const { return std::chrono::sys_days(m_ymd); }

    Date addDays(int count) const;
    // Calendar months; a day past the end of the target month becomes its last
    // day (31 January + 1 month = 28 or 29 February).
    Date addMonths(int count) const;
    Date addYears(int count) const { return addMonths(count * 12); }

    bool operator==(const Date&) const = default;
    auto operator<=>(const Date& other) const { return days() <=> other.days(); }

private:
    explicit constexpr Date(std::chrono::year_month_day ymd)
        : m_ymd(ymd)
    { }

    std::chrono::year_month_day m_ymd {std::chrono::year(1970), std::chrono::January, std::chrono::day(1)};
};

// Days from `from` to `to` (negative when `to` is earlier).
int daysBetween(Date from, Date to);

// Whole years from `from` to `to`: the age on `to` of someone born on `from`.
// Someone born on 29 February has their birthday on 1 March in common years.
int yearsBetween(Date from, Date to);

} // namespace majakka::domain
