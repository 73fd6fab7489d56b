#pragma once

#include "domain/Date.h"
#include "domain/ProcessVocabulary.h"

#include <optional>
#include <string>

namespace majakka::domain {

// A step of the criminal process or of legal aid. Since 2023 assistance does
// not depend on these: they are kept beside the case, never as a condition.
struct LegalStep
{
    LegalStepKind kind = LegalStepKind::ReportToPolice;
    Date date;
    std::string note;
    std::optional<Date> courtDate; // planned; may be in the future

    // Names the entry among the client's list across edits and replicas (see
    // ElementId.h); empty until the store assigns one.
    std::string id {};

    bool operator==(const LegalStep&) const = default;
};

// `path` is e.g. "legal_steps[1]".
void validate(const LegalStep& step, const std::string& path);

} // namespace majakka::domain
