#include "domain/LegalStep.h"

#include "domain/DateOrder.h"
#include "domain/TextRules.h"

namespace majakka::domain {

void validate(const LegalStep& step, const std::string& path)
{
    text::checkLongText(step.note, text::path(path, "note"));
    if (step.courtDate) {
        checkOnOrAfter(*step.courtDate, text::path(path, "court_date"), step.date, "the step itself");
    }
}

} // namespace majakka::domain
