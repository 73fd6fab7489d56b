#include "Error.h"
#include "domain/ClientRules.h"
#include "domain/ClientRulesDetail.h"
#include "domain/TextRules.h"

#include <algorithm>

namespace majakka::domain {

namespace {
[[noreturn]] void refuse(const std::string& field, const std::string& message)
{
    throw Error(ErrorCode::Invalid, message, field);
}

std::string typeName(const SupportMeasure& measure)
{
    return std::string(nameOf(measure.type));
}

// Support needs an admission; only safe housing, health care and interpreting
// may start before it, on an emergency referral, marked urgent.
void checkAdmission(const ClientRecord& record, const SupportMeasure& measure, const std::string& path)
{
    if (record.isAdmitted() && measure.start >= record.admission->date) {
        return;
    }
    if (record.admission && measure.start >= record.admission->date) {
        refuse(text::path(path, "status"),
               "\"" + text::path(path, "status") + "\" is " + std::string(nameOf(measure.status))
                   + ", but the admission decision is \"" + std::string(nameOf(record.admission->decision))
                   + "\": support after the decision needs the decision \"admitted\".");
    }
    const std::string before = record.admission
        ? "before the admission decision of " + record.admission->date.toString()
        : "without an admission decision";
    if (!isUrgentMeasureType(measure.type)) {
        refuse(text::path(path, "type"),
               "\"" + text::path(path, "type") + "\" " + typeName(measure) + " starts " + before
                   + "; only safe_housing, health_care and interpreting may start before admission, on an "
                     "emergency referral.");
    }
    if (!record.referral || !record.referral->emergency) {
        refuse(text::path(path, "start"),
               "\"" + text::path(path, "start") + "\" (" + measure.start.toString() + ") is " + before
                   + ", which only an urgent measure on an emergency referral may be, and there is no "
                     "emergency referral.");
    }
    if (measure.start < record.referral->date) {
        refuse(text::path(path, "start"),
               "\"" + text::path(path, "start") + "\" (" + measure.start.toString()
                   + ") is before the referral (" + record.referral->date.toString() + ").");
    }
    if (!measure.urgent) {
        refuse(text::path(path, "urgent"),
               "\"" + text::path(path, "urgent") + "\" must be true: this " + typeName(measure) + " starts "
                   + before
                   + " on an emergency referral, and stays on the deadlines list until the decision.");
    }
}

// Nothing is given against the client's will.
void checkConsent(const ClientRecord& record,
                  const SupportMeasure& measure,
                  const std::string& path,
                  Date today)
{
    if (!consentInForce(record, measure.start)) {
        refuse(text::path(path, "start"),
               "\"" + path + "\" (" + typeName(measure) + " from " + measure.start.toString()
                   + ") has no consent: record the client's consent in the needs assessment (consent_date) "
                     "or in "
                     "consents, on or before the start, or mark the measure declined.");
    }
    const Date checkDay = std::min(today, measure.end.value_or(today));
    if (measure.status == MeasureStatus::Active && checkDay >= measure.start
        && !consentInForce(record, checkDay)) {
        refuse(text::path(path, "status"),
               "\"" + text::path(path, "status")
                   + "\" is active, but the client has withdrawn consent since; end the "
                     "measure or record a new consent.");
    }
}
} // namespace

bool consentInForce(const ClientRecord& record, Date day)
{
    std::optional<Date> latest;
    bool given = false;
    if (record.needsAssessment && record.needsAssessment->consentDate
        && *record.needsAssessment->consentDate <= day) {
        latest = *record.needsAssessment->consentDate;
        given = true;
    }
    for (const Consent& consent : record.consents) {
        if (consent.date <= day && (!latest || consent.date >= *latest)) {
            latest = consent.date;
            given = consent.status == ConsentStatus::Given;
        }
    }
    return given;
}

namespace detail {

void checkMeasures(const ClientRecord& record, Date today)
{
    for (std::size_t i = 0; i < record.measures.size(); ++i) {
        const SupportMeasure& measure = record.measures[i];
        const std::string path = text::indexed("measures", i);
        if (measure.status == MeasureStatus::Declined) {
            continue; // an offer refused is recorded, needing neither admission nor consent
        }
        if (measure.provider == MeasureProvider::MunicipalityCounty && record.person.municipality.empty()) {
            refuse(text::path(path, "provider"),
                   "\"" + text::path(path, "provider")
                       + "\" is municipality_county, but the client has no municipality of residence "
                         "(\"municipality\").");
        }
        checkAdmission(record, measure, path);
        if (measure.status == MeasureStatus::Planned || measure.status == MeasureStatus::Active) {
            checkConsent(record, measure, path, today);
        }
    }
}

void checkDisclosures(const ClientRecord& record)
{
    for (std::size_t i = 0; i < record.disclosures.size(); ++i) {
        const Disclosure& disclosure = record.disclosures[i];
        const std::string field = text::path(text::indexed("disclosures", i), "basis");
        if (disclosure.basis == DisclosureBasis::ClientConsent && !consentInForce(record, disclosure.date)) {
            refuse(field,
                   "\"" + field + "\" is client_consent, but no consent of the client is in force on "
                       + disclosure.date.toString() + ".");
        }
        if (disclosure.basis == DisclosureBasis::SeriousThreatDuty
            && std::none_of(record.seriousThreats.begin(),
                            record.seriousThreats.end(),
                            [&](const SeriousThreat& threat) { return threat.date <= disclosure.date; })) {
            refuse(field,
                   "\"" + field + "\" is serious_threat_duty, but no serious threat is recorded on or before "
                       + disclosure.date.toString() + ".");
        }
    }
}

} // namespace detail

} // namespace majakka::domain
