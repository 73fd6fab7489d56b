#include "domain/Date.h"

#include "Error.h"

#include <cstdio>

namespace majakka::domain {

using namespace std::chrono;

namespace {
constexpr int MinimumYear = 1800;
constexpr int MaximumYear = 9999;

bool inRange(const year_month_day& ymd)
{
    const int y = static_cast<int>(ymd.year());
    return ymd.ok() && y >= MinimumYear && y <= MaximumYear;
}

std::optional<unsigned> digits(std::string_view text)
{
    unsigned value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + static_cast<unsigned>(c - '0');
    }
    return value;
}
} // namespace

std::optional<Date> Date::fromYmd(int y, unsigned m, unsigned d)
{
    return fromYmd(year_month_day(std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)));
}

std::optional<Date> Date::fromYmd(year_month_day ymd)
{
    if (!inRange(ymd)) {
        return std::nullopt;
    }
    return Date(ymd);
}

Date Date::fromDays(sys_days d)
{
    return Date(year_month_day(d));
}

Date Date::fromTimePoint(system_clock::time_point moment)
{
    return Date(year_month_day(floor<std::chrono::days>(moment)));
}

std::optional<Date> Date::tryParse(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    const auto y = digits(text.substr(0, 4));
    const auto m = digits(text.substr(5, 2));
    const auto d = digits(text.substr(8, 2));
    if (!y || !m || !d) {
        return std::nullopt;
    }
    return fromYmd(static_cast<int>(*y), *m, *d);
}

Date Date::parse(std::string_view text, const std::string& field)
{
    if (auto date = tryParse(text)) {
        return *date;
    }
    throw Error(ErrorCode::Invalid,
                "\"" + field + "\" must be a real date written YYYY-MM-DD (years 1800-9999); \""
                    + std::string(text) + "\" is not.",
                field);
}

std::string Date::toString() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year(), month(), day());
    return buffer;
}

Date Date::addDays(int count) const
{
    return fromDays(days() + std::chrono::days(count));
}

Date Date::addMonths(int count) const
{
    year_month_day shifted = m_ymd + months(count);
    if (!shifted.ok()) {
        shifted = year_month_day(year_month_day_last(shifted.year(), month_day_last(shifted.month())));
    }
    return Date(shifted);
}

int daysBetween(Date from, Date to)
{
    return static_cast<int>((to.days() - from.days()).count());
}

int yearsBetween(Date from, Date to)
{
    int years = to.year() - from.year();
    // 29 February counts as 1 March in a common year, which the comparison of
    // (month, day) pairs gives for free.
    if (to.month() < from.month() || (to.month() == from.month() && to.day() < from.day())) {
        --years;
    }
    return years;
}

} // namespace majakka::domain
