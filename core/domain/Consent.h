#pragma once

#include "domain/Date.h"
#include "domain/ProcessVocabulary.h"

#include <string>

namespace majakka::domain {

// The client giving or withdrawing consent (to a referral, to services, to
// passing information on). The latest record on a day decides.
struct Consent
{
    Date date;
    std::string scope; // what the consent covers, in the worker's words
    ConsentStatus status = ConsentStatus::Given;

    // Names the entry among the client's list across edits and replicas (see
    // ElementId.h); empty until the store assigns one.
    std::string id {};

    bool operator==(const Consent&) const = default;
};

// `path` is e.g. "consents[0]".
void validate(const Consent& consent, const std::string& path);

} // namespace majakka::domain
