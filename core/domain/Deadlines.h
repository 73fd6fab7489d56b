#pragma once

#include "domain/CaseRules.h"
#include "domain/ClientRecord.h"
#include "domain/Date.h"
#include "domain/EnumNames.h"

#include <string_view>
#include <vector>

namespace majakka::domain {

// What falls due in a case, for the deadlines list.
enum class DeadlineKind
{
    ReflectionPeriodEnds,
    ReassessmentDue,
    TurnsAdult,
    PermitDecisionExpected,
    CourtDate,
    // An urgent measure started on an emergency referral while the admission
    // decision is still to be made: it stays on the list until the decision is.
    AdmissionDecisionPending,
};

// The stable names, stored in the deadlines table and printed by the CLI.
template<> struct EnumNames<DeadlineKind>
{
    static constexpr NameEntry<DeadlineKind> entries[] = {
        {DeadlineKind::ReflectionPeriodEnds, "reflection_period_ends"},
        {DeadlineKind::ReassessmentDue, "reassessment_due"},
        {DeadlineKind::TurnsAdult, "turns_18"},
        {DeadlineKind::PermitDecisionExpected, "permit_decision_expected"},
        {DeadlineKind::CourtDate, "court_date"},
        {DeadlineKind::AdmissionDecisionPending, "admission_decision_pending"},
    };
};

struct Deadline
{
    DeadlineKind kind;
    Date due;

    bool operator==(const Deadline&) const = default;
};

// The deadlines of one client that fall on or before `until`, soonest first;
// overdue ones are included (they are the most urgent). An ended case has none.
std::vector<Deadline> deadlinesOf(const ClientRecord& record, Date until, const CaseRules& rules = {});

} // namespace majakka::domain
