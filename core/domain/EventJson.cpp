#include "domain/RecordJson.h"

namespace majakka::domain::json {

nlohmann::ordered_json write(const ResidenceMatter& matter)
{
    return {
        {"kind", name(matter.kind)},
        {"date", matter.date.toString()},
        {"outcome", name(matter.outcome)},
        {"decision_expected", dateOrNull(matter.decisionExpected)},
        {"decided", dateOrNull(matter.decided)},
        {"note", matter.note},
    };
}

ResidenceMatter readResidenceMatter(ObjectReader& in)
{
    ResidenceMatter matter;
    matter.kind = in.enumValue<ResidenceMatterKind>("kind");
    matter.date = in.date("date");
    matter.outcome = in.enumValue<ResidenceOutcome>("outcome", ResidenceOutcome::Pending);
    matter.decisionExpected = in.optionalDate("decision_expected");
    matter.decided = in.optionalDate("decided");
    matter.note = in.text("note");
    return matter;
}

nlohmann::ordered_json write(const LegalStep& step)
{
    return {
        {"kind", name(step.kind)},
        {"date", step.date.toString()},
        {"note", step.note},
        {"court_date", dateOrNull(step.courtDate)},
    };
}

LegalStep readLegalStep(ObjectReader& in)
{
    LegalStep step;
    step.kind = in.enumValue<LegalStepKind>("kind");
    step.date = in.date("date");
    step.note = in.text("note");
    step.courtDate = in.optionalDate("court_date");
    return step;
}

nlohmann::ordered_json write(const Contact& contact)
{
    return {
        {"kind", name(contact.kind)},
        {"date", contact.date.toString()},
        {"municipality", contact.municipality},
        {"worker", contact.worker},
        {"interpreter", contact.interpreter},
        {"note", contact.note},
    };
}

Contact readContact(ObjectReader& in)
{
    Contact contact;
    contact.kind = in.enumValue<ContactKind>("kind");
    contact.date = in.date("date");
    contact.municipality = in.text("municipality");
    contact.worker = in.text("worker");
    contact.interpreter = in.boolean("interpreter");
    contact.note = in.text("note");
    return contact;
}

nlohmann::ordered_json write(const Consent& consent)
{
    return {{"date", consent.date.toString()}, {"scope", consent.scope}, {"status", name(consent.status)}};
}

Consent readConsent(ObjectReader& in)
{
    Consent consent;
    consent.date = in.date("date");
    consent.scope = in.text("scope");
    consent.status = in.enumValue<ConsentStatus>("status", ConsentStatus::Given);
    return consent;
}

nlohmann::ordered_json write(const Disclosure& disclosure)
{
    return {
        {"date", disclosure.date.toString()},
        {"to_whom", disclosure.toWhom},
        {"what", disclosure.what},
        {"basis", name(disclosure.basis)},
    };
}

Disclosure readDisclosure(ObjectReader& in)
{
    Disclosure disclosure;
    disclosure.date = in.date("date");
    disclosure.toWhom = in.text("to_whom");
    disclosure.what = in.text("what");
    disclosure.basis = in.enumValue<DisclosureBasis>("basis");
    return disclosure;
}

nlohmann::ordered_json write(const SeriousThreat& threat)
{
    return {
        {"date", threat.date.toString()},
        {"description", threat.description},
        {"police_notified", dateOrNull(threat.policeNotified)},
    };
}

SeriousThreat readSeriousThreat(ObjectReader& in)
{
    SeriousThreat threat;
    threat.date = in.date("date");
    threat.description = in.text("description");
    threat.policeNotified = in.optionalDate("police_notified");
    return threat;
}

nlohmann::ordered_json write(const EndOfAssistance& end)
{
    return {{"date", end.date.toString()}, {"reason", name(end.reason)}, {"note", end.note}};
}

EndOfAssistance readEnd(ObjectReader& in)
{
    EndOfAssistance end;
    end.date = in.date("date");
    end.reason = in.enumValue<EndReason>("reason");
    end.note = in.text("note");
    return end;
}

nlohmann::ordered_json write(const Reopening& reopening)
{
    return {
        {"date", reopening.date.toString()},
        {"grounds", reopening.grounds},
        {"ended_on", reopening.endedOn.toString()},
        {"end_reason", name(reopening.endReason)},
    };
}

Reopening readReopening(ObjectReader& in)
{
    Reopening reopening;
    reopening.date = in.date("date");
    reopening.grounds = in.text("grounds");
    reopening.endedOn = in.date("ended_on");
    reopening.endReason = in.enumValue<EndReason>("end_reason");
    return reopening;
}

} // namespace majakka::domain::json
