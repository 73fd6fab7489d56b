#include "domain/NeedsAssessment.h"

#include "Error.h"
#include "domain/DateOrder.h"
#include "domain/TextRules.h"

#include <set>

namespace majakka::domain {

void validate(const NeedsAssessment& assessment, const std::string& path)
{
    std::set<NeedArea> seen;
    for (std::size_t i = 0; i < assessment.needs.size(); ++i) {
        if (!seen.insert(assessment.needs[i]).second) {
            const std::string field = text::indexed(text::path(path, "needs"), i);
            throw Error(ErrorCode::Invalid,
                        "\"" + field + "\" repeats \"" + std::string(nameOf(assessment.needs[i])) + "\".",
                        field);
        }
    }
    text::checkLongText(assessment.plan, text::path(path, "plan"));
    if (assessment.reassessmentDate) {
        checkOnOrAfter(*assessment.reassessmentDate,
                       text::path(path, "reassessment_date"),
                       assessment.date,
                       "the assessment itself");
    }
}

} // namespace majakka::domain
