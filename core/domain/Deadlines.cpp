#include "domain/Deadlines.h"

#include "domain/ClientRules.h"

#include <algorithm>

namespace majakka::domain {

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
        add(DeadlineKind::ReflectionPeriodEnds, record.reflectionPeriods.back().end);
    }
    if (record.needsAssessment) {
        add(DeadlineKind::ReassessmentDue, record.needsAssessment->reassessmentDate);
    }
    if (record.person.kind == ClientKind::Child) {
        add(DeadlineKind::TurnsAdult, turns18On(record.person, rules));
    }
    for (const ResidenceMatter& matter : record.residenceMatters) {
        if (!matter.decided) {
            add(DeadlineKind::PermitDecisionExpected, matter.decisionExpected);
        }
    }
    for (const LegalStep& step : record.legalSteps) {
        add(DeadlineKind::CourtDate, step.courtDate);
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

} // namespace majakka::domain
