#pragma once

#include "domain/Date.h"
#include "domain/MeasureVocabulary.h"

#include <optional>
#include <string>
#include <vector>

namespace majakka::domain {

// The worker and the client assess needs together and agree on a plan;
// nothing is given against the client's will, so the consent date is kept.
struct NeedsAssessment
{
    Date date;
    std::vector<NeedArea> needs;
    std::string plan;
    std::optional<Date> consentDate; // when the client agreed to the plan
    std::optional<Date> reassessmentDate; // planned; may be in the future

    bool operator==(const NeedsAssessment&) const = default;
};

// `path` is the JSON path ("needs_assessment").
void validate(const NeedsAssessment& assessment, const std::string& path);

} // namespace majakka::domain
