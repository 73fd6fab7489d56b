#pragma once

#include "domain/Date.h"
#include "domain/HotlineVocabulary.h"

namespace majakka::domain {

// An anonymous call to the 24/7 hotline. By construction it holds no free
// text and nothing that could identify the caller: only fixed vocabularies.
struct HotlineCall
{
    Date date;
    HotlineCallerType callerType = HotlineCallerType::Unknown;
    HotlineTopic topic = HotlineTopic::Other;
    HotlineOutcome outcome = HotlineOutcome::InformationGiven;
    bool referralFollowed = false; // a referral to the Assistance System came of it

    bool operator==(const HotlineCall&) const = default;
};

// Refuses a call dated after `today`.
void validate(const HotlineCall& call, Date today);

} // namespace majakka::domain
