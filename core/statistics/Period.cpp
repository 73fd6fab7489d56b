#include "statistics/Period.h"

#include "Error.h"

namespace majakka::statistics {

using domain::Date;

Period Period::halfYear(int year, int half)
{
    if (half != 1 && half != 2) {
        throw Error(ErrorCode::Usage, "a half-year is H1 or H2");
    }
    const auto from = Date::fromYmd(year, half == 1 ? 1u : 7u, 1);
    const auto to = Date::fromYmd(year, half == 1 ? 6u : 12u, half == 1 ? 30u : 31u);
    if (!from || !to) {
        throw Error(ErrorCode::Usage, "the year of a period must lie in 1800-9999");
    }
    return Period(*from, *to, half);
}

Period Period::parse(std::string_view text)
{
    const std::string quoted = "\"" + std::string(text) + "\"";
    if (text.size() != 6 || (text[4] != 'H' && text[4] != 'h') || (text[5] != '1' && text[5] != '2')) {
        throw Error(ErrorCode::Usage, "a period is written like 2026H1 or 2026H2; " + quoted + " is not");
    }
    int year = 0;
    for (char c : text.substr(0, 4)) {
        if (c < '0' || c > '9') {
            throw Error(ErrorCode::Usage, "a period is written like 2026H1 or 2026H2; " + quoted + " is not");
        }
        year = year * 10 + (c - '0');
    }
    return halfYear(year, text[5] - '0');
}

Period Period::custom(Date from, Date to)
{
    if (to < from) {
        throw Error(ErrorCode::Usage,
                    "the period must end on or after its start; " + to.toString() + " comes before "
                        + from.toString());
    }
    return Period(from, to, 0);
}

Period Period::halfYearOf(Date day)
{
    return halfYear(day.year(), day.month() <= 6 ? 1 : 2);
}

std::string Period::label() const
{
    if (m_half != 0) {
        return std::to_string(m_from.year()) + "H" + std::to_string(m_half);
    }
    return m_from.toString() + "/" + m_to.toString();
}

int Period::lengthInDays() const
{
    return domain::daysBetween(m_from, m_to) + 1;
}

Period Period::previous() const
{
    if (m_half == 1) {
        return halfYear(m_from.year() - 1, 2);
    }
    if (m_half == 2) {
        return halfYear(m_from.year(), 1);
    }
    const Date to = m_from.addDays(-1);
    return Period(to.addDays(1 - lengthInDays()), to, 0);
}

} // namespace majakka::statistics
