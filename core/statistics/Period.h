#pragma once

#include "domain/Date.h"

#include <string>
#include <string_view>

namespace majakka::statistics {

// The time a report covers: a half-year (H1 1 January-30 June, H2 1 July-31
// December) or any range of whole days, both ends included.
class Period
{
public:
    // Throws Error(Usage) unless `half` is 1 or 2.
    static Period halfYear(int year, int half);
    // "2026H1" or "2026H2"; throws Error(Usage) naming the text otherwise.
    static Period parse(std::string_view text);
    // Throws Error(Usage) when `to` comes before `from`.
    static Period custom(domain::Date from, domain::Date to);
    // The half-year a day falls in.
    static Period halfYearOf(domain::Date day);

    domain::Date from() const { return m_from; }
    domain::Date to() const { return m_to; }
    bool isHalfYear() const { return m_half != 0; }
    // "2026H1" for a half-year, "2026-01-15/2026-03-31" (ISO 8601) for a range.
    std::string label() const;
    bool contains(domain::Date day) const { return m_from <= day && day <= m_to; }
    int lengthInDays() const;

    // The period the report compares with: the half-year before a half-year,
    // the range of the same length that ends the day before a custom range.
    Period previous() const;

    bool operator==(const Period&) const = default;

private:
    Period(domain::Date from, domain::Date to, int half)
        : m_from(from)
        , m_to(to)
        , m_half(half)
    { }

    domain::Date m_from;
    domain::Date m_to;
    int m_half = 0; // 1 or 2 for a half-year, 0 for a custom range
};

} // namespace majakka::statistics
