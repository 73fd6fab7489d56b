#pragma once

#include "domain/CaseRules.h"
#include "domain/Date.h"
#include "domain/ProcessVocabulary.h"

#include <optional>
#include <string>

namespace majakka::domain {

// The reflection period (harkinta-aika): for a victim staying irregularly, a
// time to recover and decide whether to cooperate with the police; removal
// from the country is barred meanwhile. Its end is a deadline.
struct ReflectionPeriod
{
    Date start;
    std::optional<Date> end; // missing only while the grantor has not yet set it
    ReflectionGrantor grantedBy = ReflectionGrantor::AssistanceSystem;
    // Since May 2025 a residence-permit application made during the period
    // keeps the stay lawful while it is processed.
    std::optional<Date> permitApplied;

    // Names the entry among the client's list across edits and replicas (see
    // ElementId.h); empty until the store assigns one.
    std::string id {};

    bool operator==(const ReflectionPeriod&) const = default;

    std::optional<int> lengthInDays() const;
    // Open on `day`: it has started and has no end yet, or ends on or after `day`.
    bool isOpenOn(Date day) const;
};

// Start before end, length between the rules' minimum and maximum, permit
// application within the period. `path` is e.g. "reflection_period".
void validate(const ReflectionPeriod& period, const std::string& path, const CaseRules& rules);

} // namespace majakka::domain
