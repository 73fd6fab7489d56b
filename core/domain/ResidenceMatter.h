#pragma once

#include "domain/Date.h"
#include "domain/ProcessVocabulary.h"

#include <optional>
#include <string>

namespace majakka::domain {

// A permit application, an asylum matter or a voluntary return. The
// Assistance System supports; the Immigration Service decides.
struct ResidenceMatter
{
    ResidenceMatterKind kind = ResidenceMatterKind::ResidencePermit;
    Date date; // applied or started
    ResidenceOutcome outcome = ResidenceOutcome::Pending;
    std::optional<Date> decisionExpected; // planned; a deadline while pending
    std::optional<Date> decided;
    std::string note;

    // Names the entry among the client's list across edits and replicas (see
    // ElementId.h); empty until the store assigns one.
    std::string id {};

    bool operator==(const ResidenceMatter&) const = default;
};

// `path` is e.g. "residence_matters[0]".
void validate(const ResidenceMatter& matter, const std::string& path);

} // namespace majakka::domain
