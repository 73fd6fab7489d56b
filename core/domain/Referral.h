#pragma once

#include "domain/Date.h"
#include "domain/ReferralVocabulary.h"

#include <string>

namespace majakka::domain {

// The proposal to admit the person. An emergency referral can rest on one phone call.
struct Referral
{
    Date date;
    ReferralChannel channel = ReferralChannel::Phone;
    ReferralSource source = ReferralSource::Other;
    bool emergency = false;
    std::string referrerOrganisation;
    std::string referrerContact;

    bool operator==(const Referral&) const = default;
};

// `path` is the JSON path of the referral ("referral").
void validate(const Referral& referral, const std::string& path);

} // namespace majakka::domain
