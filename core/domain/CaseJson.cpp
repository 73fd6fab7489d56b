#include "domain/RecordJson.h"

namespace majakka::domain::json {

nlohmann::ordered_json write(const Referral& referral)
{
    return {
        {"date", referral.date.toString()},
        {"source", name(referral.source)},
        {"channel", name(referral.channel)},
        {"emergency", referral.emergency},
        {"referrer_organisation", referral.referrerOrganisation},
        {"referrer_contact", referral.referrerContact},
    };
}

Referral readReferral(ObjectReader& in)
{
    Referral referral;
    referral.date = in.date("date");
    referral.source = in.enumValue<ReferralSource>("source");
    referral.channel = in.enumValue<ReferralChannel>("channel");
    referral.emergency = in.boolean("emergency");
    referral.referrerOrganisation = in.text("referrer_organisation");
    referral.referrerContact = in.text("referrer_contact");
    return referral;
}

nlohmann::ordered_json write(const AdmissionDecision& admission)
{
    nlohmann::ordered_json out = {
        {"date", admission.date.toString()},
        {"decision", name(admission.decision)},
        {"grounds", admission.grounds},
        {"decider", admission.decider},
        {"appeal", nullptr},
    };
    if (admission.appeal) {
        out["appeal"] = {
            {"date", dateOrNull(admission.appeal->date)},
            {"court", admission.appeal->court},
            {"outcome", name(admission.appeal->outcome)},
            {"decided", dateOrNull(admission.appeal->decided)},
        };
    }
    return out;
}

AdmissionDecision readAdmission(ObjectReader& in)
{
    AdmissionDecision admission;
    admission.date = in.date("date");
    admission.decision = in.enumValue<AdmissionOutcome>("decision");
    admission.grounds = in.text("grounds");
    admission.decider = in.text("decider");
    if (const nlohmann::ordered_json* value = in.get("appeal")) {
        ObjectReader appealIn(*value, in.pathOf("appeal"));
        Appeal appeal;
        appeal.date = appealIn.optionalDate("date");
        appeal.court = appealIn.text("court");
        appeal.outcome = appealIn.enumValue<AppealOutcome>("outcome", AppealOutcome::Pending);
        appeal.decided = appealIn.optionalDate("decided");
        appealIn.finish();
        admission.appeal = appeal;
    }
    return admission;
}

nlohmann::ordered_json write(const Exploitation& exploitation)
{
    return {
        {"forms", enumNameList(exploitation.forms)},
        {"industry", enumOrNull(exploitation.industry)},
        {"in_finland", exploitation.inFinland},
        {"country", exploitation.country},
        {"period_start", dateOrNull(exploitation.periodStart)},
        {"period_end", dateOrNull(exploitation.periodEnd)},
        {"means_of_control", enumNameList(exploitation.meansOfControl)},
        {"relation", enumOrNull(exploitation.relation)},
    };
}

Exploitation readExploitation(ObjectReader& in)
{
    Exploitation exploitation;
    exploitation.forms = in.enumList<ExploitationForm>("forms");
    exploitation.industry = in.optionalEnum<LabourIndustry>("industry");
    exploitation.inFinland = in.boolean("in_finland", true);
    exploitation.country = in.text("country");
    exploitation.periodStart = in.optionalDate("period_start");
    exploitation.periodEnd = in.optionalDate("period_end");
    exploitation.meansOfControl = in.enumList<MeansOfControl>("means_of_control");
    exploitation.relation = in.optionalEnum<ExploiterRelation>("relation");
    return exploitation;
}

nlohmann::ordered_json write(const NeedsAssessment& assessment)
{
    return {
        {"date", assessment.date.toString()},
        {"needs", enumNameList(assessment.needs)},
        {"plan", assessment.plan},
        {"consent_date", dateOrNull(assessment.consentDate)},
        {"reassessment_date", dateOrNull(assessment.reassessmentDate)},
    };
}

NeedsAssessment readNeedsAssessment(ObjectReader& in)
{
    NeedsAssessment assessment;
    assessment.date = in.date("date");
    assessment.needs = in.enumList<NeedArea>("needs");
    assessment.plan = in.text("plan");
    assessment.consentDate = in.optionalDate("consent_date");
    assessment.reassessmentDate = in.optionalDate("reassessment_date");
    return assessment;
}

nlohmann::ordered_json write(const SupportMeasure& measure)
{
    return {
        {"type", name(measure.type)},
        {"provider", name(measure.provider)},
        {"status", name(measure.status)},
        {"start", measure.start.toString()},
        {"end", dateOrNull(measure.end)},
        {"urgent", measure.urgent},
        {"note", measure.note},
    };
}

SupportMeasure readMeasure(ObjectReader& in)
{
    SupportMeasure measure;
    measure.type = in.enumValue<SupportMeasureType>("type");
    measure.provider = in.enumValue<MeasureProvider>("provider", MeasureProvider::AssistanceSystem);
    measure.status = in.enumValue<MeasureStatus>("status");
    measure.start = in.date("start");
    measure.end = in.optionalDate("end");
    measure.urgent = in.boolean("urgent");
    measure.note = in.text("note");
    return measure;
}

nlohmann::ordered_json write(const ReflectionPeriod& period)
{
    return {
        {"start", period.start.toString()},
        {"end", dateOrNull(period.end)},
        {"granted_by", name(period.grantedBy)},
        {"permit_applied", dateOrNull(period.permitApplied)},
    };
}

ReflectionPeriod readReflectionPeriod(ObjectReader& in)
{
    ReflectionPeriod period;
    period.start = in.date("start");
    period.end = in.optionalDate("end");
    period.grantedBy = in.enumValue<ReflectionGrantor>("granted_by", ReflectionGrantor::AssistanceSystem);
    period.permitApplied = in.optionalDate("permit_applied");
    return period;
}

} // namespace majakka::domain::json
