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

// Whether the kind is an event that comes on its date by itself (a reflection
// period ends, a child turns 18, a court sits, a permit decision is expected)
// rather than a task that waits for the worker (a needs reassessment, the
// admission decision an urgent measure is waiting for).
bool isEvent(DeadlineKind kind);

// The deadlines of one client that fall on or before `until`, soonest first;
// overdue ones are included (they are the most urgent). An ended case has none.
//
// An event leaves the list once the case has moved past it, whatever the date:
// a reflection period's end once anything is recorded after it (a contact, a
// legal step, a residence matter, a needs assessment, a measure begun); a court
// date once a later legal step is recorded; a child's 18th birthday once they
// have an admission decision of their own, made on or after it. A task stays
// until it is done. The date decides the rest (isShownOn).
std::vector<Deadline> deadlinesOf(const ClientRecord& record, Date until, const CaseRules& rules = {});

// Whether the deadlines list still shows `deadline` on `today`: anything not
// yet overdue; an overdue task until it is done (it then leaves deadlinesOf);
// an overdue event for `rules.overdueEventDays` after its date and no longer,
// so that the list stays about what needs doing rather than what passed long ago.
// ClientService::deadlines applies it in its query (casework/DeadlineList.cpp).
bool isShownOn(const Deadline& deadline, Date today, const CaseRules& rules = {});

} // namespace majakka::domain
