#include "domain/ResidenceMatter.h"

#include "Error.h"
#include "domain/DateOrder.h"
#include "domain/TextRules.h"

namespace majakka::domain {

void validate(const ResidenceMatter& matter, const std::string& path)
{
    if (matter.decisionExpected) {
        checkOnOrAfter(
            *matter.decisionExpected, text::path(path, "decision_expected"), matter.date, "the application");
    }
    if (matter.decided) {
        checkOnOrAfter(*matter.decided, text::path(path, "decided"), matter.date, "the application");
    }
    if (matter.outcome != ResidenceOutcome::Pending && !matter.decided) {
        const std::string field = text::path(path, "decided");
        throw Error(ErrorCode::Invalid,
                    "\"" + field + "\" is missing: a matter with the outcome \""
                        + std::string(nameOf(matter.outcome))
                        + "\" needs the date it was decided or completed.",
                    field);
    }
    text::checkLongText(matter.note, text::path(path, "note"));
}

} // namespace majakka::domain
