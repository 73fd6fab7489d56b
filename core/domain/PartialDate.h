#pragma once

#include "domain/Date.h"

#include <optional>
#include <string>
#include <string_view>

namespace majakka::domain {

// A date of birth as far as it is known: a full date, the year only, or
// nothing. Written "YYYY-MM-DD", "YYYY", or null in JSON.
class PartialDate
{
public:
    enum class Precision
    {
        Unknown,
        Year,
        Day,
    };

    PartialDate() = default; // unknown
    static PartialDate unknown() { return {}; }
    // Throws Error(Invalid) for years outside 1800-9999.
    static PartialDate yearOnly(int year);
    static PartialDate fullDate(Date date);

    // "YYYY-MM-DD" or "YYYY"; throws Error(Invalid, sentence, field) otherwise.
    static PartialDate parse(std::string_view text, const std::string& field);
    // nullopt when unknown.
    std::optional<std::string> toString() const;

    Precision precision() const { return m_precision; }
    bool isKnown() const { return m_precision != Precision::Unknown; }
    std::optional<int> year() const;
    std::optional<Date> date() const; // only for Precision::Day

    // The first and last days the date can be: 1 January and 31 December of
    // a year-only date, the date itself for a full one; nullopt when unknown.
    std::optional<Date> earliest() const;
    std::optional<Date> latest() const;

    bool operator==(const PartialDate&) const = default;

private:
    Precision m_precision = Precision::Unknown;
    Date m_date; // for Precision::Year, 1 January of the year
};

} // namespace majakka::domain
