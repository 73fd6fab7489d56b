#include "casework/DemoCasePath.h"

#include <algorithm>

namespace majakka::demo {

using namespace domain;

CasePath::CasePath(Random& random, Date today)
    : m_random(random)
    , m_today(today)
{ }

// The admission decision and what follows it.
void CasePath::admit(ClientRecord& record)
{
    const Referral& referral = *record.referral;
    const int waited = referral.emergency ? m_random.between(0, 3) : m_random.between(1, 30);
    const Date decided = referral.date.addDays(waited);
    if (decided > m_today) {
        // Still waiting for the decision; an emergency referral already has housing.
        if (referral.emergency) {
            record.measures.push_back(SupportMeasure {SupportMeasureType::SafeHousing,
                                                      MeasureProvider::AssistanceSystem,
                                                      MeasureStatus::Active,
                                                      referral.date,
                                                      std::nullopt,
                                                      true,
                                                      "Emergency housing before the decision."});
        }
        return;
    }
    const AdmissionOutcome outcome = m_random.weighted<AdmissionOutcome>({{AdmissionOutcome::Admitted, 88},
                                                                          {AdmissionOutcome::NotAdmitted, 8},
                                                                          {AdmissionOutcome::Withdrawn, 4}});
    record.admission = AdmissionDecision {
        decided,
        outcome,
        outcome == AdmissionOutcome::Admitted
            ? "Signs of trafficking: " + std::string(nameOf(record.exploitation->forms.front())) + "."
            : outcome == AdmissionOutcome::NotAdmitted ? "No signs of trafficking were found."
                                                       : "The client withdrew from the referral.",
        "",
        std::nullopt};
    if (referral.emergency && decided > referral.date) {
        record.measures.push_back(SupportMeasure {SupportMeasureType::SafeHousing,
                                                  MeasureProvider::AssistanceSystem,
                                                  MeasureStatus::Ended,
                                                  referral.date,
                                                  decided,
                                                  true,
                                                  "Emergency housing before the decision."});
    }
    if (outcome == AdmissionOutcome::NotAdmitted && m_random.chance(0.2)) {
        const Date appealed = clampTo(decided.addDays(m_random.between(5, 30)), m_today);
        const Date courtDecided = appealed.addDays(m_random.between(60, 300));
        record.admission->appeal
            = Appeal {appealed,
                      "Administrative court",
                      courtDecided <= m_today ? AppealOutcome::Upheld : AppealOutcome::Pending,
                      courtDecided <= m_today ? std::optional<Date>(courtDecided) : std::nullopt};
    }
    if (outcome != AdmissionOutcome::Admitted) {
        return;
    }
    // Assistance ends by the client's situation, more likely the longer ago it began.
    const double years = daysBetween(decided, m_today) / 365.25;
    const bool ended = years > 0.5 && m_random.chance(std::min(0.85, years * 0.22));
    const Date horizon = ended ? clampTo(decided.addDays(m_random.between(120, 1500)), m_today) : m_today;
    if (ended) {
        record.end
            = EndOfAssistance {horizon,
                               m_random.weighted<EndReason>({{EndReason::NoLongerNeedsHelp, 40},
                                                             {EndReason::MovedAbroad, 12},
                                                             {EndReason::Returned, 10},
                                                             {EndReason::DeclinedFurtherHelp, 10},
                                                             {EndReason::Unreachable, 14},
                                                             {EndReason::ServicesMovedToMunicipality, 13},
                                                             {EndReason::Deceased, 1}}),
                               ""};
    }
    const Date assessed = during(m_random, decided, horizon, 14);
    std::vector<NeedArea> needs = {NeedArea::Housing};
    for (NeedArea need : {NeedArea::PhysicalHealth,
                          NeedArea::MentalHealth,
                          NeedArea::Social,
                          NeedArea::Financial,
                          NeedArea::Legal,
                          NeedArea::Safety,
                          NeedArea::Language,
                          NeedArea::Residence}) {
        if (m_random.chance(0.35)) {
            needs.push_back(need);
        }
    }
    // An open case is reviewed every six months: its next review is mostly
    // ahead, now and then a few weeks late, as on a real caseload.
    std::optional<Date> reassessment;
    if (!record.end) {
        const Date late = m_today.addDays(-m_random.between(0, 40));
        reassessment = assessed.addMonths(6);
        while (*reassessment < late) {
            reassessment = reassessment->addMonths(6);
        }
    }
    record.needsAssessment
        = NeedsAssessment {assessed,
                           needs,
                           "Agreed with the client: housing, health care and advice; reviewed regularly.",
                           assessed,
                           reassessment};
    const int measures = m_random.between(1, 4);
    for (int i = 0; i < measures; ++i) {
        addMeasure(record, measureType(m_random), assessed, horizon);
    }
    if (m_random.chance(0.12)) {
        record.measures.push_back(SupportMeasure {SupportMeasureType::AssistedVoluntaryReturn,
                                                  MeasureProvider::AssistanceSystem,
                                                  MeasureStatus::Declined,
                                                  assessed,
                                                  std::nullopt,
                                                  false,
                                                  "The client wants to stay in Finland."});
    }
    reflection(record, decided, horizon);
    legal(record, decided, horizon);
    contacts(record, decided, horizon);
}

void CasePath::addMeasure(ClientRecord& record, SupportMeasureType type, Date from, Date horizon)
{
    SupportMeasure measure;
    measure.type = type;
    measure.provider = m_random.weighted<MeasureProvider>({{MeasureProvider::AssistanceSystem, 5},
                                                           {MeasureProvider::PurchasedPublic, 3},
                                                           {MeasureProvider::PurchasedPrivate, 3},
                                                           {MeasureProvider::MunicipalityCounty, 2}});
    if (measure.provider == MeasureProvider::MunicipalityCounty && record.person.municipality.empty()) {
        measure.provider = MeasureProvider::AssistanceSystem;
    }
    measure.start = during(m_random, from, horizon, 60);
    const Date end = measure.start.addDays(m_random.between(14, 400));
    if (record.end || end <= m_today) {
        measure.status = MeasureStatus::Ended;
        measure.end = clampTo(end, horizon);
    } else if (m_random.chance(0.08)) {
        measure.status = MeasureStatus::Declined;
    } else if (m_random.chance(0.1)) {
        measure.status = MeasureStatus::Planned;
        measure.start = m_today.addDays(m_random.between(1, 30));
    } else {
        measure.status = MeasureStatus::Active;
        if (m_random.chance(0.4)) {
            measure.end = end; // planned end
        }
    }
    record.measures.push_back(measure);
}

void CasePath::reflection(ClientRecord& record, Date decided, Date horizon)
{
    const bool irregular = record.person.residenceStatus == ResidenceStatus::NoPermit
        || record.person.residenceStatus == ResidenceStatus::Unknown;
    if (!m_random.chance(irregular ? 0.7 : 0.08)) {
        return;
    }
    ReflectionPeriod period;
    period.start = during(m_random, decided, horizon, 10);
    period.grantedBy = m_random.weighted<ReflectionGrantor>({{ReflectionGrantor::AssistanceSystem, 6},
                                                             {ReflectionGrantor::Police, 3},
                                                             {ReflectionGrantor::BorderGuard, 1}});
    period.end = std::min(period.start.addDays(m_random.between(30, 183)), period.start.addMonths(6));
    if (m_random.chance(0.3)) {
        const Date applied = period.start.addDays(m_random.between(0, 29));
        if (applied <= m_today) {
            period.permitApplied = applied;
        }
    }
    record.reflectionPeriods.push_back(period);
    if (irregular && m_random.chance(0.5)) {
        const Date applied = clampTo(period.start.addDays(m_random.between(10, 60)), m_today);
        const Date decision = applied.addDays(m_random.between(90, 400));
        record.residenceMatters.push_back(ResidenceMatter {
            ResidenceMatterKind::ResidencePermit,
            applied,
            decision <= m_today
                ? (m_random.chance(0.7) ? ResidenceOutcome::Granted : ResidenceOutcome::Refused)
                : ResidenceOutcome::Pending,
            decision <= m_today ? std::nullopt : std::optional<Date>(decision),
            decision <= m_today ? std::optional<Date>(decision) : std::nullopt,
            ""});
    }
}

void CasePath::legal(ClientRecord& record, Date decided, Date horizon)
{
    if (record.legalSteps.empty() || !m_random.chance(0.6)) {
        if (m_random.chance(0.3)) {
            record.legalSteps.push_back(LegalStep {LegalStepKind::LegalAidCounsel,
                                                   during(m_random, decided, horizon, 30),
                                                   "Counsel appointed.",
                                                   std::nullopt});
        }
        return;
    }
    Date step = during(m_random, decided, horizon, 30);
    record.legalSteps.push_back(LegalStep {LegalStepKind::PreTrialInvestigation, step, "", std::nullopt});
    for (LegalStepKind kind : {LegalStepKind::ConsiderationOfCharges,
                               LegalStepKind::Charges,
                               LegalStepKind::CourtHearing,
                               LegalStepKind::Judgment}) {
        const Date next = step.addDays(m_random.between(60, 400));
        if (next > m_today || !m_random.chance(0.7)) {
            if (kind == LegalStepKind::CourtHearing && next > m_today) {
                record.legalSteps.back().courtDate = next;
            }
            return;
        }
        step = next;
        record.legalSteps.push_back(LegalStep {kind, step, "", std::nullopt});
    }
}

void CasePath::contacts(ClientRecord& record, Date decided, Date horizon)
{
    const int count = m_random.between(1, 6);
    const std::string municipality
        = record.person.municipality.empty() ? "Helsinki" : record.person.municipality;
    Date day = decided;
    for (int i = 0; i < count; ++i) {
        day = during(m_random, day, horizon, 45);
        record.contacts.push_back(Contact {m_random.weighted<ContactKind>({{ContactKind::Visit, 4},
                                                                           {ContactKind::Call, 5},
                                                                           {ContactKind::Meeting, 3},
                                                                           {ContactKind::Other, 1}}),
                                           day,
                                           municipality,
                                           record.person.worker,
                                           record.person.interpreterNeeded,
                                           ""});
    }
}

} // namespace majakka::demo
