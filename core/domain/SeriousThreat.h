#pragma once

#include "domain/Date.h"

#include <optional>
#include <string>

namespace majakka::domain {

// A serious threat to the life, health or freedom of the client, a worker or
// another victim. Unlike anything else, it must be notified to the police.
struct SeriousThreat
{
    Date date;
    std::string description;
    std::optional<Date> policeNotified;

    // Names the entry among the client's list across edits and replicas (see
    // ElementId.h); empty until the store assigns one.
    std::string id {};

    bool operator==(const SeriousThreat&) const = default;
};

// `path` is e.g. "serious_threats[0]".
void validate(const SeriousThreat& threat, const std::string& path);

} // namespace majakka::domain
