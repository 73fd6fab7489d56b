#pragma once

#include "domain/Date.h"
#include "domain/ProcessVocabulary.h"

#include <string>

namespace majakka::domain {

// Something about the client told to someone outside the Assistance System.
// Never without a basis: the client's consent or a legal duty.
struct Disclosure
{
    Date date;
    std::string toWhom;
    std::string what;
    DisclosureBasis basis = DisclosureBasis::ClientConsent;

    // Names the entry among the client's list across edits and replicas (see
    // ElementId.h); empty until the store assigns one.
    std::string id {};

    bool operator==(const Disclosure&) const = default;
};

// `path` is e.g. "disclosures[0]".
void validate(const Disclosure& disclosure, const std::string& path);

} // namespace majakka::domain
