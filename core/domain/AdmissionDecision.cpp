#include "domain/AdmissionDecision.h"

#include "Error.h"
#include "domain/DateOrder.h"
#include "domain/TextRules.h"

namespace majakka::domain {

void validate(const AdmissionDecision& admission, const std::string& path)
{
    text::checkLongText(admission.grounds, text::path(path, "grounds"));
    text::checkText(admission.decider, text::path(path, "decider"));
    if (!admission.appeal) {
        return;
    }
    const std::string appealPath = text::path(path, "appeal");
    const Appeal& appeal = *admission.appeal;
    text::checkRequiredText(appeal.court, text::path(appealPath, "court"));
    if (appeal.date) {
        checkOnOrAfter(
            *appeal.date, text::path(appealPath, "date"), admission.date, "the decision it appeals");
    }
    if (appeal.decided && appeal.date) {
        checkOnOrAfter(
            *appeal.decided, text::path(appealPath, "decided"), *appeal.date, "the date of the appeal");
    }
    if (appeal.outcome != AppealOutcome::Pending && appeal.outcome != AppealOutcome::Withdrawn
        && !appeal.decided) {
        const std::string field = text::path(appealPath, "decided");
        throw Error(ErrorCode::Invalid,
                    "\"" + field + "\" is missing: a court outcome needs the date the court decided.",
                    field);
    }
}

} // namespace majakka::domain
