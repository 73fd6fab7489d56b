#pragma once

namespace majakka::domain {

// Settings of the rules that the law or the Assistance System may change:
// kept out of the code so that a new law needs no new program.
struct CaseRules
{
    int reflectionMinimumDays = 30; // the shortest reflection period
    int reflectionMaximumMonths = 6; // the longest, in calendar months from its start
    int adultAge = 18; // a child client becomes an adult and needs a decision of their own
};

} // namespace majakka::domain
