#include "domain/ClientRulesDetail.h"
#include "domain/DateOrder.h"
#include "domain/TextRules.h"

namespace majakka::domain::detail {

namespace {
void notFuture(const std::optional<Date>& date, const std::string& field, Date today)
{
    if (date) {
        checkNotFuture(*date, field, today);
    }
}

template<typename T> void eachDate(const std::vector<T>& records, std::string_view key, Date today)
{
    for (std::size_t i = 0; i < records.size(); ++i) {
        checkNotFuture(records[i].date, text::path(text::indexed(key, i), "date"), today);
    }
}
} // namespace

// Only what has happened is dated: planned dates (reassessment, court date,
// expected decision, a planned measure's start, ends of measures and
// reflection periods that are not over) may lie ahead.
void checkFutureDates(const ClientRecord& record, Date today)
{
    notFuture(record.person.birthDate.earliest(), "birth_date", today);
    if (record.person.personalId) {
        checkNotFuture(record.person.personalId->birthDate(), "personal_id", today);
    }
    if (record.referral) {
        checkNotFuture(record.referral->date, "referral.date", today);
    }
    if (record.admission) {
        checkNotFuture(record.admission->date, "admission.date", today);
        if (record.admission->appeal) {
            notFuture(record.admission->appeal->date, "admission.appeal.date", today);
            notFuture(record.admission->appeal->decided, "admission.appeal.decided", today);
        }
    }
    if (record.exploitation) {
        notFuture(record.exploitation->periodStart, "exploitation.period_start", today);
        notFuture(record.exploitation->periodEnd, "exploitation.period_end", today);
    }
    if (record.needsAssessment) {
        checkNotFuture(record.needsAssessment->date, "needs_assessment.date", today);
        notFuture(record.needsAssessment->consentDate, "needs_assessment.consent_date", today);
    }
    for (std::size_t i = 0; i < record.measures.size(); ++i) {
        const SupportMeasure& measure = record.measures[i];
        const std::string path = text::indexed("measures", i);
        if (measure.status != MeasureStatus::Planned) {
            checkNotFuture(measure.start, text::path(path, "start"), today);
        }
        if (measure.status == MeasureStatus::Ended) {
            notFuture(measure.end, text::path(path, "end"), today);
        }
    }
    for (std::size_t i = 0; i < record.reflectionPeriods.size(); ++i) {
        const std::string path = reflectionPeriodPath(record, i);
        checkNotFuture(record.reflectionPeriods[i].start, text::path(path, "start"), today);
        notFuture(record.reflectionPeriods[i].permitApplied, text::path(path, "permit_applied"), today);
    }
    for (std::size_t i = 0; i < record.residenceMatters.size(); ++i) {
        const std::string path = text::indexed("residence_matters", i);
        checkNotFuture(record.residenceMatters[i].date, text::path(path, "date"), today);
        notFuture(record.residenceMatters[i].decided, text::path(path, "decided"), today);
    }
    eachDate(record.legalSteps, "legal_steps", today);
    eachDate(record.contacts, "contacts", today);
    eachDate(record.consents, "consents", today);
    eachDate(record.disclosures, "disclosures", today);
    eachDate(record.seriousThreats, "serious_threats", today);
    for (std::size_t i = 0; i < record.seriousThreats.size(); ++i) {
        notFuture(record.seriousThreats[i].policeNotified,
                  text::path(text::indexed("serious_threats", i), "police_notified"),
                  today);
    }
    if (record.end) {
        checkNotFuture(record.end->date, "end.date", today);
    }
    eachDate(record.reopenings, "reopenings", today);
}

} // namespace majakka::domain::detail
