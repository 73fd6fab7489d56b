#include "domain/ReflectionPeriod.h"

#include "Error.h"
#include "domain/DateOrder.h"
#include "domain/TextRules.h"

namespace majakka::domain {

std::optional<int> ReflectionPeriod::lengthInDays() const
{
    if (!end) {
        return std::nullopt;
    }
    return daysBetween(start, *end);
}

bool ReflectionPeriod::isOpenOn(Date day) const
{
    return start <= day && (!end || *end >= day);
}

void validate(const ReflectionPeriod& period, const std::string& path, const CaseRules& rules)
{
    if (period.end) {
        const std::string field = text::path(path, "end");
        checkOnOrAfter(*period.end, field, period.start, "its start");
        const Date shortest = period.start.addDays(rules.reflectionMinimumDays);
        const Date longest = period.start.addMonths(rules.reflectionMaximumMonths);
        if (*period.end < shortest || *period.end > longest) {
            throw Error(ErrorCode::Invalid,
                        "\"" + field + "\" (" + period.end->toString() + ") makes the reflection period "
                            + std::to_string(*period.lengthInDays()) + " days long; it must be from "
                            + std::to_string(rules.reflectionMinimumDays) + " days to "
                            + std::to_string(rules.reflectionMaximumMonths) + " months, so end between "
                            + shortest.toString() + " and " + longest.toString() + ".",
                        field);
        }
    }
    if (period.permitApplied) {
        const std::string field = text::path(path, "permit_applied");
        checkOnOrAfter(*period.permitApplied, field, period.start, "the start of the period");
        if (period.end && *period.permitApplied > *period.end) {
            throw Error(
                ErrorCode::Invalid,
                "\"" + field + "\" (" + period.permitApplied->toString()
                    + ") is after the period ended; it records an application made during the period.",
                field);
        }
    }
}

} // namespace majakka::domain
