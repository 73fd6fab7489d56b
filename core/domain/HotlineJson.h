#pragma once

#include "domain/HotlineCall.h"

#include <string>
#include <string_view>

namespace majakka::domain {

// {"date": "2026-03-01", "caller_type": "possible_victim", "topic": "labour_exploitation",
//  "outcome": "referral_to_assistance_system", "referral_followed": false}
std::string hotlineCallToJson(const HotlineCall& call, int indent = 2);
// Refuses unknown keys, so no free text can slip into the anonymous log.
HotlineCall hotlineCallFromJson(std::string_view text);

} // namespace majakka::domain
