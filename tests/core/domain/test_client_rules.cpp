#include "RuleCheck.h"

#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::domain;
using majakka::test::brokenField;
using majakka::test::day;

namespace {
const Date today = majakka::test::testToday();

ClientRecord valid()
{
    return exampleClient(today);
}

// A child of a client, admitted with the parent, with no services of its own yet.
ClientRecord child()
{
    ClientRecord record = valid();
    record.person.kind = ClientKind::Child;
    record.person.givenNames = "Ana";
    record.person.birthDate = PartialDate::fullDate(day("2015-03-01"));
    record.person.parent = "0123456789abcdef0123456789abcdef";
    record.person.interpreterNeeded = false;
    return record;
}
} // namespace

TEST_CASE("the example client keeps every rule", "[domain]")
{
    CHECK(brokenField(valid(), today) == "");
    CHECK(brokenField(child(), today) == "");
    for (int daysAgo : {0, 400, 4000}) {
        const Date other = today.addDays(-daysAgo);
        CHECK(brokenField(exampleClient(other), other) == "");
    }
}

TEST_CASE("the admission cannot come before the referral", "[domain]")
{
    ClientRecord record = valid();
    record.admission->date = record.referral->date.addDays(-1);
    record.measures.clear();
    record.reflectionPeriods.clear();
    CHECK(brokenField(record, today) == "admission.date");
    record.admission->date = record.referral->date;
    CHECK(brokenField(record, today) == "");
}

TEST_CASE("what has happened cannot be dated in the future, planned dates can", "[domain]")
{
    ClientRecord record = valid();
    record.referral->date = today.addDays(1);
    CHECK(brokenField(record, today) == "referral.date");

    record = valid();
    record.contacts[0].date = today.addDays(1);
    CHECK(brokenField(record, today) == "contacts[0].date");

    record = valid();
    record.person.birthDate = PartialDate::yearOnly(today.year() + 1);
    CHECK(brokenField(record, today) == "birth_date");

    record = valid();
    record.measures[0].status = MeasureStatus::Ended;
    record.measures[0].end = today.addDays(2);
    CHECK(brokenField(record, today) == "measures[0].end");

    record = valid();
    record.measures[1].start = today.addDays(5);
    CHECK(brokenField(record, today) == "measures[1].start");
    record.measures[1].status = MeasureStatus::Planned;
    CHECK(brokenField(record, today) == "");

    record = valid();
    record.needsAssessment->reassessmentDate = today.addYears(1);
    record.legalSteps[2].courtDate = today.addYears(1);
    record.residenceMatters[0].decisionExpected = today.addYears(1);
    CHECK(brokenField(record, today) == "");
}

TEST_CASE("a measure or period cannot end before it starts", "[domain]")
{
    ClientRecord record = valid();
    record.measures[0].end = record.measures[0].start.addDays(-1);
    CHECK(brokenField(record, today) == "measures[0].end");

    record = valid();
    record.measures[0].status = MeasureStatus::Ended;
    record.measures[0].end.reset();
    CHECK(brokenField(record, today) == "measures[0].end");

    record = valid();
    record.reflectionPeriods[0].end = record.reflectionPeriods[0].start.addDays(-3);
    CHECK(brokenField(record, today) == "reflection_period.end");

    record = valid();
    record.exploitation->periodEnd = record.exploitation->periodStart->addDays(-1);
    CHECK(brokenField(record, today) == "exploitation.period_end");
}

TEST_CASE("a reflection period lasts from 30 days to the configured maximum", "[domain]")
{
    ClientRecord record = valid();
    ReflectionPeriod& period = record.reflectionPeriods[0];
    period.end = period.start.addDays(29);
    CHECK(brokenField(record, today) == "reflection_period.end");
    period.end = period.start.addDays(30);
    CHECK(brokenField(record, today) == "");
    period.end = period.start.addMonths(6);
    CHECK(brokenField(record, today) == "");
    period.end = period.start.addMonths(6).addDays(1);
    CHECK(brokenField(record, today) == "reflection_period.end");

    CaseRules longer;
    longer.reflectionMaximumMonths = 9;
    CHECK(brokenField(record, today, longer) == "");
}

TEST_CASE("reflection periods do not overlap and at most one is open", "[domain]")
{
    ClientRecord record = valid();
    const ReflectionPeriod current = record.reflectionPeriods[0];
    ReflectionPeriod earlier {
        current.start.addMonths(-8), current.start.addMonths(-7), ReflectionGrantor::Police, std::nullopt};
    record.reflectionPeriods = {earlier, current};
    CHECK(brokenField(record, today) == "");
    CHECK(openReflectionPeriod(record, today) == 1u);

    // Overlapping: the earlier one ends after the current one starts.
    record.reflectionPeriods[0].start = current.start.addDays(-40);
    record.reflectionPeriods[0].end = current.start.addDays(1);
    CHECK(brokenField(record, today) == "reflection_period.start");

    // Two open on today: one without an end beside the current one.
    record.reflectionPeriods
        = {current,
           ReflectionPeriod {
               current.start.addDays(5), std::nullopt, ReflectionGrantor::BorderGuard, std::nullopt}};
    CHECK(brokenField(record, today) == "reflection_period");

    // A period whose end is not yet set is open, and nothing may start after it.
    record.reflectionPeriods
        = {ReflectionPeriod {
               current.start.addMonths(-10), std::nullopt, ReflectionGrantor::Police, std::nullopt},
           current};
    CHECK(brokenField(record, today) == "reflection_period");
}

TEST_CASE("a child client is under 18 at admission and linked to a parent", "[domain]")
{
    ClientRecord record = child();
    record.person.parent.clear();
    CHECK(brokenField(record, today) == "parent");

    record = child();
    record.person.birthDate = PartialDate::fullDate(record.admission->date.addYears(-18));
    CHECK(brokenField(record, today) == "birth_date");
    record.person.birthDate = PartialDate::fullDate(record.admission->date.addYears(-18).addDays(1));
    CHECK(brokenField(record, today) == "");

    // Year only: refused only when an adult even if born on 31 December.
    record.person.birthDate = PartialDate::yearOnly(record.admission->date.year() - 18);
    CHECK(brokenField(record, today) == "");
    record.person.birthDate = PartialDate::yearOnly(record.admission->date.year() - 19);
    CHECK(brokenField(record, today) == "birth_date");

    CaseRules otherAge;
    otherAge.adultAge = 20;
    CHECK(brokenField(record, today, otherAge) == "");

    record = valid();
    record.person.parent = "0123456789abcdef0123456789abcdef";
    CHECK(brokenField(record, today) == "parent");
}

TEST_CASE("a child turning 18 is dated for the deadlines list", "[domain]")
{
    Person person = child().person;
    CHECK(turns18On(person) == day("2033-03-01"));
    person.birthDate = PartialDate::fullDate(day("2012-02-29"));
    CHECK(turns18On(person) == day("2030-03-01"));
    person.birthDate = PartialDate::yearOnly(2015);
    CHECK(turns18On(person) == day("2033-01-01"));
    person.birthDate = PartialDate();
    CHECK_FALSE(turns18On(person));
    CHECK_FALSE(turns18On(valid().person));
}

TEST_CASE("the identity code agrees with the birth date", "[domain]")
{
    ClientRecord record = valid();
    record.person.birthDate = PartialDate::fullDate(day("1952-10-13"));
    record.person.personalId = PersonalIdentityCode::parse("131052-308T");
    CHECK(brokenField(record, today) == "");
    record.person.birthDate = PartialDate::yearOnly(1952);
    CHECK(brokenField(record, today) == "");
    record.person.birthDate = PartialDate::fullDate(day("1952-10-14"));
    CHECK(brokenField(record, today) == "personal_id");
    record.person.birthDate = PartialDate::yearOnly(1953);
    CHECK(brokenField(record, today) == "personal_id");
    record.person.birthDate = PartialDate();
    CHECK(brokenField(record, today) == "");
}

TEST_CASE("support measures need an admission decision of admitted", "[domain]")
{
    ClientRecord record = valid();
    record.admission.reset();
    record.reflectionPeriods.clear();
    CHECK(brokenField(record, today) == "measures[0].start"); // safe housing, but no emergency referral
    record.measures.erase(record.measures.begin());
    CHECK(brokenField(record, today) == "measures[0].type"); // legal aid cannot start before admission

    record = valid();
    record.admission->decision = AdmissionOutcome::NotAdmitted;
    record.reflectionPeriods.clear();
    CHECK(brokenField(record, today) == "measures[0].status");

    record = valid();
    record.measures[1].start = record.admission->date.addDays(-1);
    CHECK(brokenField(record, today) == "measures[1].type");
}

TEST_CASE("urgent measures may start on an emergency referral before the decision, marked urgent", "[domain]")
{
    ClientRecord record = valid();
    record.admission.reset();
    record.reflectionPeriods.clear();
    record.measures = {SupportMeasure {SupportMeasureType::SafeHousing,
                                       MeasureProvider::AssistanceSystem,
                                       MeasureStatus::Active,
                                       record.referral->date,
                                       std::nullopt,
                                       true,
                                       ""}};
    CHECK(brokenField(record, today) == "measures[0].start"); // not an emergency referral

    record.referral->emergency = true;
    record.referral->channel = ReferralChannel::EmergencyPhone;
    CHECK(brokenField(record, today) == "");

    record.measures[0].urgent = false;
    CHECK(brokenField(record, today) == "measures[0].urgent");

    record.measures[0].urgent = true;
    record.measures[0].start = record.referral->date.addDays(-1);
    record.consents[0].date = record.measures[0].start;
    CHECK(brokenField(record, today) == "measures[0].start"); // before the referral

    record.measures[0].start = record.referral->date;
    record.measures[0].type = SupportMeasureType::Translation;
    CHECK(brokenField(record, today) == "measures[0].urgent"); // cannot be urgent at all
    record.measures[0].urgent = false;
    CHECK(brokenField(record, today) == "measures[0].type");

    CHECK(isUrgentMeasureType(SupportMeasureType::SafeHousing));
    CHECK(isUrgentMeasureType(SupportMeasureType::HealthCare));
    CHECK(isUrgentMeasureType(SupportMeasureType::Interpreting));
    CHECK_FALSE(isUrgentMeasureType(SupportMeasureType::LegalAid));
}

TEST_CASE("planned and active measures need consent, declined ones do not", "[domain]")
{
    ClientRecord record = valid();
    record.consents.clear();
    record.disclosures.clear();
    CHECK(brokenField(record, today) == ""); // the needs assessment's consent covers them

    record.needsAssessment->consentDate.reset();
    CHECK(brokenField(record, today) == "measures[0].start");

    record.measures = {record.measures[2]}; // declined
    CHECK(brokenField(record, today) == "");

    record = valid();
    record.needsAssessment->consentDate.reset();
    record.disclosures.clear();
    record.consents = {Consent {record.measures[0].start.addDays(1), "services", ConsentStatus::Given}};
    CHECK(brokenField(record, today) == "measures[0].start"); // consent came after the start

    record = valid();
    record.consents.push_back(Consent {today.addDays(-1), "services", ConsentStatus::Withdrawn});
    CHECK(brokenField(record, today) == "measures[0].status"); // still active after withdrawal
    record.measures[0].status = MeasureStatus::Ended;
    record.measures[0].end = today.addDays(-1);
    record.measures[1].status = MeasureStatus::Ended;
    record.measures[1].end = today.addDays(-1);
    CHECK(brokenField(record, today) == "");
    CHECK_FALSE(consentInForce(record, today));
}

TEST_CASE("a measure from the municipality needs a municipality of residence", "[domain]")
{
    ClientRecord record = valid();
    record.measures[0].provider = MeasureProvider::MunicipalityCounty;
    CHECK(brokenField(record, today) == "");
    record.person.municipality.clear();
    CHECK(brokenField(record, today) == "measures[0].provider");
}

TEST_CASE("assistance ends after admission", "[domain]")
{
    ClientRecord record = valid();
    record.end = EndOfAssistance {today, EndReason::NoLongerNeedsHelp, ""};
    CHECK(brokenField(record, today) == "");
    CHECK(record.isEnded());
    record.end->date = record.admission->date.addDays(-1);
    CHECK(brokenField(record, today) == "end.date");
    record.end->date = today;
    record.admission->decision = AdmissionOutcome::Withdrawn;
    record.measures.clear();
    record.reflectionPeriods.clear();
    CHECK(brokenField(record, today) == "end.date");
}

TEST_CASE("a disclosure needs consent or a serious threat as its basis", "[domain]")
{
    ClientRecord record = valid();
    record.disclosures[0].date = record.consents[0].date.addDays(-1);
    CHECK(brokenField(record, today) == "disclosures[0].basis");

    record = valid();
    record.disclosures[0].basis = DisclosureBasis::SeriousThreatDuty;
    CHECK(brokenField(record, today) == "disclosures[0].basis");
    record.seriousThreats.push_back(SeriousThreat {
        record.disclosures[0].date, "Threatened by the employer.", record.disclosures[0].date});
    CHECK(brokenField(record, today) == "");
    record.seriousThreats[0].policeNotified = record.seriousThreats[0].date.addDays(-1);
    CHECK(brokenField(record, today) == "serious_threats[0].police_notified");
}
