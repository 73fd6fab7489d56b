#include "domain/SupportMeasure.h"

#include "Error.h"
#include "domain/DateOrder.h"
#include "domain/TextRules.h"

namespace majakka::domain {

bool isUrgentMeasureType(SupportMeasureType type)
{
    return type == SupportMeasureType::SafeHousing || type == SupportMeasureType::HealthCare
        || type == SupportMeasureType::Interpreting;
}

void validate(const SupportMeasure& measure, const std::string& path)
{
    if (measure.end) {
        checkOnOrAfter(*measure.end, text::path(path, "end"), measure.start, "its start");
    }
    if (measure.status == MeasureStatus::Ended && !measure.end) {
        const std::string field = text::path(path, "end");
        throw Error(
            ErrorCode::Invalid, "\"" + field + "\" is missing: an ended measure needs its end date.", field);
    }
    if (measure.urgent && !isUrgentMeasureType(measure.type)) {
        const std::string field = text::path(path, "urgent");
        throw Error(ErrorCode::Invalid,
                    "\"" + field
                        + "\" is true, but only safe_housing, health_care and interpreting can start as "
                          "urgent measures, not "
                        + std::string(nameOf(measure.type)) + ".",
                    field);
    }
    text::checkLongText(measure.note, text::path(path, "note"));
}

} // namespace majakka::domain
