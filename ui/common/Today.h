#pragma once

#include "domain/Date.h"

namespace majakka::ui {

// Today's date on this computer's calendar, for what the screens show and
// suggest (a deadline's distance, a new referral's date).
domain::Date today();

} // namespace majakka::ui
