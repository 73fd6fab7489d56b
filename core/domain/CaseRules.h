#pragma once

namespace majakka::domain {

// Settings of the rules that the law or the Assistance System may change:
// kept out of the code so that a new law needs no new program.
struct CaseRules
{
    int reflectionMinimumDays = 30; // the shortest reflection period
    int reflectionMaximumMonths = 6; // the longest, in calendar months from its start
    int adultAge = 18; // a child client becomes an adult and needs a decision of their own
    // How long an event that has passed (a reflection period ended, a child
    // turned 18, a court date) stays on the deadlines list as overdue.
    int overdueEventDays = 30;
};

} // namespace majakka::domain
