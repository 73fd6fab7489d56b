#include "Error.h"
#include "domain/ClientRules.h"
#include "domain/ClientRulesDetail.h"
#include "domain/TextRules.h"

#include <algorithm>
#include <numeric>

namespace majakka::domain {

std::optional<std::size_t> openReflectionPeriod(const ClientRecord& record, Date today)
{
    for (std::size_t i = record.reflectionPeriods.size(); i-- > 0;) {
        if (record.reflectionPeriods[i].isOpenOn(today)) {
            return i;
        }
    }
    return std::nullopt;
}

namespace detail {

// Periods may be listed in any order; they are compared by start. A period
// without an end reaches forward without limit, so at most one lacks an end.
void checkReflectionPeriods(const ClientRecord& record, Date today, const CaseRules& rules)
{
    (void)rules; // the length of each period is checked by validate(ReflectionPeriod)
    const auto& periods = record.reflectionPeriods;
    std::vector<std::size_t> order(periods.size());
    std::iota(order.begin(), order.end(), std::size_t {0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return periods[a].start < periods[b].start;
    });

    std::optional<std::size_t> open;
    for (std::size_t i = 0; i < periods.size(); ++i) {
        if (!periods[i].isOpenOn(today)) {
            continue;
        }
        if (open) {
            const std::string field = reflectionPeriodPath(record, i);
            throw Error(ErrorCode::Invalid,
                        "\"" + field + "\" is open on " + today.toString() + " while "
                            + reflectionPeriodPath(record, *open)
                            + " is still open: at most one reflection period is open at a time.",
                        field);
        }
        open = i;
    }
    for (std::size_t k = 1; k < order.size(); ++k) {
        const ReflectionPeriod& earlier = periods[order[k - 1]];
        const ReflectionPeriod& later = periods[order[k]];
        if (!earlier.end || later.start <= *earlier.end) {
            const std::string field = text::path(reflectionPeriodPath(record, order[k]), "start");
            const std::string earlierPath = reflectionPeriodPath(record, order[k - 1]);
            throw Error(ErrorCode::Invalid,
                        "\"" + field + "\" (" + later.start.toString() + ") overlaps " + earlierPath
                            + ", which "
                            + (earlier.end ? "ends on " + earlier.end->toString() : std::string("has no end"))
                            + ": reflection periods cannot overlap.",
                        field);
        }
    }
}

} // namespace detail

} // namespace majakka::domain
