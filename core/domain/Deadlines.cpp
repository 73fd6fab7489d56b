#include "domain/Deadlines.h"

#include "domain/ClientRules.h"

#include <algorithm>

namespace majakka::domain {

namespace {

// Whether the case records something that happened after `day`: the worker has
// been at work on it since, so an event of that day has been seen to.
bool movedOnAfter(const ClientRecord& record, Date day)
{
    const auto after = [day](Date date) {
        return date > day;
    };
    return std::any_of(record.contacts.begin(),
                       record.contacts.end(),
                       [&](const Contact& contact) { return after(contact.date); })
        || std::any_of(record.legalSteps.begin(),
                       record.legalSteps.end(),
                       [&](const LegalStep& step) { return after(step.date); })
        || std::any_of(record.residenceMatters.begin(),
                       record.residenceMatters.end(),
                       [&](const ResidenceMatter& matter) { return after(matter.date); })
        || std::any_of(record.measures.begin(),
                       record.measures.end(),
                       [&](const SupportMeasure& measure) {
                           // A planned start lies ahead and a declined offer is no step taken.
                           return (measure.status == MeasureStatus::Active
                                   || measure.status == MeasureStatus::Ended)
                               && after(measure.start);
                       })
        || (record.needsAssessment && after(record.needsAssessment->date));
}

// Another step of the process recorded on or after the court date: the hearing has been held.
bool laterLegalStep(const ClientRecord& record, const LegalStep& hearing)
{
    return std::any_of(record.legalSteps.begin(), record.legalSteps.end(), [&](const LegalStep& step) {
        return &step != &hearing && step.date >= *hearing.courtDate;
    });
}

} // namespace

bool isEvent(DeadlineKind kind)
{
    return kind != DeadlineKind::ReassessmentDue && kind != DeadlineKind::AdmissionDecisionPending;
}

std::vector<Deadline> deadlinesOf(const ClientRecord& record, Date until, const CaseRules& rules)
{
    std::vector<Deadline> out;
    if (record.isEnded()) {
        return out;
    }
    auto add = [&](DeadlineKind kind, const std::optional<Date>& due) {
        if (due && *due <= until) {
            out.push_back({kind, *due});
        }
    };
    if (!record.reflectionPeriods.empty()) {
        const std::optional<Date>& end = record.reflectionPeriods.back().end;
        if (end && !movedOnAfter(record, *end)) {
            add(DeadlineKind::ReflectionPeriodEnds, end);
        }
    }
    if (record.needsAssessment) {
        add(DeadlineKind::ReassessmentDue, record.needsAssessment->reassessmentDate);
    }
    if (record.person.kind == ClientKind::Child) {
        const std::optional<Date> adult = turns18On(record.person, rules);
        // A decision made on or after the birthday is the adult's own.
        if (!(adult && record.admission && record.admission->date >= *adult)) {
            add(DeadlineKind::TurnsAdult, adult);
        }
    }
    for (const ResidenceMatter& matter : record.residenceMatters) {
        if (!matter.decided) {
            add(DeadlineKind::PermitDecisionExpected, matter.decisionExpected);
        }
    }
    for (const LegalStep& step : record.legalSteps) {
        if (step.courtDate && !laterLegalStep(record, step)) {
            add(DeadlineKind::CourtDate, step.courtDate);
        }
    }
    if (!record.admission) {
        for (const SupportMeasure& measure : record.measures) {
            if (measure.urgent && measure.status != MeasureStatus::Declined) {
                add(DeadlineKind::AdmissionDecisionPending, measure.start);
            }
        }
    }
    std::stable_sort(
        out.begin(), out.end(), [](const Deadline& a, const Deadline& b) { return a.due < b.due; });
    return out;
}

bool isShownOn(const Deadline& deadline, Date today, const CaseRules& rules)
{
    return !isEvent(deadline.kind) || daysBetween(deadline.due, today) <= rules.overdueEventDays;
}

} // namespace majakka::domain
