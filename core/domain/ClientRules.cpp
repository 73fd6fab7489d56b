#include "domain/ClientRules.h"

#include "Error.h"
#include "domain/ClientRulesDetail.h"
#include "domain/DateOrder.h"
#include "domain/TextRules.h"

namespace majakka::domain {

namespace {
[[noreturn]] void refuse(const std::string& field, const std::string& message)
{
    throw Error(ErrorCode::Invalid, message, field);
}

template<typename T> void validateEach(const std::vector<T>& records, std::string_view key)
{
    for (std::size_t i = 0; i < records.size(); ++i) {
        validate(records[i], text::indexed(key, i));
    }
}

void validateParts(const ClientRecord& record, const CaseRules& rules)
{
    validate(record.person);
    if (record.referral) {
        validate(*record.referral, "referral");
    }
    if (record.admission) {
        validate(*record.admission, "admission");
    }
    if (record.exploitation) {
        validate(*record.exploitation, "exploitation");
    }
    if (record.needsAssessment) {
        validate(*record.needsAssessment, "needs_assessment");
    }
    validateEach(record.measures, "measures");
    for (std::size_t i = 0; i < record.reflectionPeriods.size(); ++i) {
        validate(record.reflectionPeriods[i], reflectionPeriodPath(record, i), rules);
    }
    validateEach(record.residenceMatters, "residence_matters");
    validateEach(record.legalSteps, "legal_steps");
    validateEach(record.contacts, "contacts");
    validateEach(record.consents, "consents");
    validateEach(record.disclosures, "disclosures");
    validateEach(record.seriousThreats, "serious_threats");
    if (record.end) {
        validate(*record.end, "end");
    }
    validateEach(record.reopenings, "reopenings");
}

void checkIdentityCode(const Person& person)
{
    if (!person.personalId || !person.birthDate.isKnown()) {
        return;
    }
    const Date fromCode = person.personalId->birthDate();
    const bool agrees = person.birthDate.date() ? *person.birthDate.date() == fromCode
                                                : *person.birthDate.year() == fromCode.year();
    if (!agrees) {
        refuse("personal_id",
               "\"personal_id\" gives the birth date " + fromCode.toString()
                   + ", which does not agree with \"birth_date\" (" + *person.birthDate.toString() + ").");
    }
}

void checkChild(const ClientRecord& record, const CaseRules& rules)
{
    const Person& person = record.person;
    if (person.kind != ClientKind::Child) {
        if (!person.parent.empty()) {
            refuse("parent",
                   "\"parent\" is only for a client of the kind \"child\"; this client is a "
                       + std::string(nameOf(person.kind)) + ".");
        }
        return;
    }
    if (person.parent.empty()) {
        refuse("parent", "\"parent\" is missing: a child client is linked to the parent client.");
    }
    if (!record.admission || !person.birthDate.isKnown()) {
        return;
    }
    // With a year-only birth date, refuse only a child who was an adult even if born on 31 December.
    const int youngestAge = yearsBetween(*person.birthDate.latest(), record.admission->date);
    if (youngestAge >= rules.adultAge) {
        refuse("birth_date",
               "A child client must be under " + std::to_string(rules.adultAge)
                   + " at admission, but with \"birth_date\" " + *person.birthDate.toString() + " they were "
                   + std::to_string(youngestAge) + " on " + record.admission->date.toString() + ".");
    }
}

void checkOrder(const ClientRecord& record)
{
    if (record.referral && record.admission) {
        checkOnOrAfter(record.admission->date, "admission.date", record.referral->date, "the referral date");
    }
    if (record.end) {
        if (!record.isAdmitted()) {
            refuse("end.date",
                   "\"end\" records the end of assistance, which needs an admission decision \"admitted\".");
        }
        checkOnOrAfter(record.end->date, "end.date", record.admission->date, "the admission date");
        if (!record.reopenings.empty()) {
            checkOnOrAfter(record.end->date, "end.date", record.reopenings.back().date, "the last reopening");
        }
    }
}
} // namespace

std::string reflectionPeriodPath(const ClientRecord& record, std::size_t index)
{
    if (index + 1 == record.reflectionPeriods.size()) {
        return "reflection_period";
    }
    return text::indexed("previous_reflection_periods", index);
}

void validateClient(const ClientRecord& record, Date today, const CaseRules& rules)
{
    validateParts(record, rules);
    detail::checkFutureDates(record, today);
    checkIdentityCode(record.person);
    checkChild(record, rules);
    checkOrder(record);
    detail::checkMeasures(record, today);
    detail::checkReflectionPeriods(record, today, rules);
    detail::checkDisclosures(record);
}

std::optional<Date> turns18On(const Person& person, const CaseRules& rules)
{
    if (person.kind != ClientKind::Child || !person.birthDate.isKnown()) {
        return std::nullopt;
    }
    const Date birth = *person.birthDate.earliest();
    Date adult = birth.addYears(rules.adultAge);
    if (yearsBetween(birth, adult) < rules.adultAge) {
        adult = adult.addDays(1); // born on 29 February: 1 March in a common year
    }
    return adult;
}

} // namespace majakka::domain
