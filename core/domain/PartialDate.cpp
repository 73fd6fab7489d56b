#include "domain/PartialDate.h"

#include "Error.h"

namespace majakka::domain {

PartialDate PartialDate::yearOnly(int year)
{
    const auto first = Date::fromYmd(year, 1, 1);
    if (!first) {
        throw Error(ErrorCode::Invalid, "A year of birth must be between 1800 and 9999.");
    }
    PartialDate result;
    result.m_precision = Precision::Year;
    result.m_date = *first;
    return result;
}

PartialDate PartialDate::fullDate(Date date)
{
    PartialDate result;
    result.m_precision = Precision::Day;
    result.m_date = date;
    return result;
}

PartialDate PartialDate::parse(std::string_view text, const std::string& field)
{
    if (text.size() == 4) {
        if (auto date = Date::tryParse(std::string(text) + "-01-01")) {
            return yearOnly(date->year());
        }
    } else if (auto date = Date::tryParse(text)) {
        return fullDate(*date);
    }
    throw Error(ErrorCode::Invalid,
                "\"" + field + "\" must be a real date written YYYY-MM-DD, a year written YYYY, or null; \""
                    + std::string(text) + "\" is neither.",
                field);
}

std::optional<std::string> PartialDate::toString() const
{
    switch (m_precision) {
    case Precision::Unknown:
        return std::nullopt;
    case Precision::Year:
        return m_date.toString().substr(0, 4);
    case Precision::Day:
        return m_date.toString();
    }
    return std::nullopt;
}

std::optional<int> PartialDate::year() const
{
    if (!isKnown()) {
        return std::nullopt;
    }
    return m_date.year();
}

std::optional<Date> PartialDate::date() const
{
    if (m_precision != Precision::Day) {
        return std::nullopt;
    }
    return m_date;
}

std::optional<Date> PartialDate::earliest() const
{
    if (!isKnown()) {
        return std::nullopt;
    }
    return m_date;
}

std::optional<Date> PartialDate::latest() const
{
    if (m_precision == Precision::Year) {
        return Date::fromYmd(m_date.year(), 12, 31);
    }
    return earliest();
}

} // namespace majakka::domain
