#pragma once

#include "domain/Date.h"

#include <string>

namespace majakka::domain {

// Throws Error(Invalid, sentence, laterField) when `later` is before `earlier`.
// `earlierName` says what the earlier date is, e.g. "the referral date".
void checkOnOrAfter(Date later, const std::string& laterField, Date earlier, const std::string& earlierName);

// Throws Error(Invalid, sentence, field) when `date` is after `today`.
void checkNotFuture(Date date, const std::string& field, Date today);

} // namespace majakka::domain
