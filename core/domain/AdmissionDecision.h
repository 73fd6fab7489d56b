#pragma once

#include "domain/Date.h"
#include "domain/ReferralVocabulary.h"

#include <optional>
#include <string>

namespace majakka::domain {

// An appeal against the admission decision (or a removal): an administrative
// decision the client can take to court.
struct Appeal
{
    std::optional<Date> date; // when the appeal was made
    std::string court;
    AppealOutcome outcome = AppealOutcome::Pending;
    std::optional<Date> decided; // when the court decided

    bool operator==(const Appeal&) const = default;
};

// Since 1 January 2023 admission is the identification of a victim.
struct AdmissionDecision
{
    Date date;
    AdmissionOutcome decision = AdmissionOutcome::Admitted;
    std::string grounds;
    std::string decider;
    std::optional<Appeal> appeal;

    bool operator==(const AdmissionDecision&) const = default;
};

// `path` is the JSON path of the decision ("admission").
void validate(const AdmissionDecision& admission, const std::string& path);

} // namespace majakka::domain
