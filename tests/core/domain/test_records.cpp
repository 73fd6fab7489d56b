#include "RuleCheck.h"
#include "domain/HotlineCall.h"

#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::domain;
using majakka::test::brokenField;
using majakka::test::day;

namespace {
const Date today = majakka::test::testToday();

template<typename Change> std::string fieldAfter(Change change)
{
    ClientRecord record = exampleClient(today);
    change(record);
    return brokenField(record, today);
}
} // namespace

TEST_CASE("a person needs a name and well-formed codes and contact details", "[domain]")
{
    CHECK(fieldAfter([](ClientRecord& r) { r.person.givenNames.clear(); }) == "");
    CHECK(fieldAfter([](ClientRecord& r) {
              r.person.givenNames.clear();
              r.person.familyName.clear();
          })
          == "given_names");
    CHECK(fieldAfter([](ClientRecord& r) { r.person.familyName = "Line\nbreak"; }) == "family_name");
    CHECK(fieldAfter([](ClientRecord& r) { r.person.aliases.push_back(""); }) == "aliases[1]");
    CHECK(fieldAfter([](ClientRecord& r) { r.person.citizenships = {"FI", "fi"}; }) == "citizenships[1]");
    CHECK(fieldAfter([](ClientRecord& r) { r.person.citizenships = {"FIN"}; }) == "citizenships[0]");
    CHECK(fieldAfter([](ClientRecord& r) { r.person.citizenships = {"RO", "RO"}; }) == "citizenships[1]");
    CHECK(fieldAfter([](ClientRecord& r) { r.person.languages = {"fi", "FI"}; }) == "languages[1]");
    CHECK(fieldAfter([](ClientRecord& r) { r.person.languages = {"tgl", "english"}; }) == "languages[1]");
    CHECK(fieldAfter([](ClientRecord& r) { r.person.phone = "call me"; }) == "phone");
    CHECK(fieldAfter([](ClientRecord& r) { r.person.phone = "123"; }) == "phone");
    CHECK(fieldAfter([](ClientRecord& r) { r.person.email = "maria.example.org"; }) == "email");
    CHECK(fieldAfter([](ClientRecord& r) { r.person.email = "maria@example"; }) == "email");
    CHECK(fieldAfter([](ClientRecord& r) { r.person.worker = "   "; }) == "worker");
    CHECK(fieldAfter([](ClientRecord& r) { r.person.address = std::string(501, 'a'); }) == "address");
}

TEST_CASE("exploitation needs a form and a country abroad, and industry only for forced labour", "[domain]")
{
    CHECK(fieldAfter([](ClientRecord& r) { r.exploitation->forms.clear(); }) == "exploitation.forms");
    CHECK(fieldAfter([](ClientRecord& r) { r.exploitation->forms.push_back(ExploitationForm::ForcedLabour); })
          == "exploitation.forms[1]");
    CHECK(fieldAfter([](ClientRecord& r) { r.exploitation->forms = {ExploitationForm::Begging}; })
          == "exploitation.industry");
    CHECK(fieldAfter([](ClientRecord& r) { r.exploitation->inFinland = false; }) == "exploitation.country");
    CHECK(fieldAfter([](ClientRecord& r) {
              r.exploitation->inFinland = false;
              r.exploitation->country = "EE";
          })
          == "");
    CHECK(fieldAfter([](ClientRecord& r) {
              r.exploitation->inFinland = false;
              r.exploitation->country = "FI";
          })
          == "exploitation.country");
    CHECK(fieldAfter([](ClientRecord& r) { r.exploitation->country = "SE"; }) == "exploitation.country");
    CHECK(fieldAfter(
              [](ClientRecord& r) { r.exploitation->meansOfControl.push_back(MeansOfControl::DebtBondage); })
          == "exploitation.means_of_control[2]");
}

TEST_CASE("an appeal names its court and comes after the decision", "[domain]")
{
    CHECK(fieldAfter([](ClientRecord& r) {
              r.admission->appeal = Appeal {r.admission->date.addDays(10),
                                            "Helsinki Administrative Court",
                                            AppealOutcome::Pending,
                                            std::nullopt};
          })
          == "");
    CHECK(fieldAfter([](ClientRecord& r) {
              r.admission->appeal
                  = Appeal {r.admission->date.addDays(10), "", AppealOutcome::Pending, std::nullopt};
          })
          == "admission.appeal.court");
    CHECK(fieldAfter([](ClientRecord& r) {
              r.admission->appeal
                  = Appeal {r.admission->date.addDays(-1), "Court", AppealOutcome::Pending, std::nullopt};
          })
          == "admission.appeal.date");
    CHECK(fieldAfter([](ClientRecord& r) {
              r.admission->appeal
                  = Appeal {r.admission->date.addDays(1), "Court", AppealOutcome::Overturned, std::nullopt};
          })
          == "admission.appeal.decided");
}

TEST_CASE("the other records check their own dates and texts", "[domain]")
{
    CHECK(fieldAfter([](ClientRecord& r) {
              r.needsAssessment->reassessmentDate = r.needsAssessment->date.addDays(-1);
          })
          == "needs_assessment.reassessment_date");
    CHECK(fieldAfter([](ClientRecord& r) { r.needsAssessment->needs.push_back(NeedArea::Housing); })
          == "needs_assessment.needs[3]");
    CHECK(fieldAfter([](ClientRecord& r) { r.residenceMatters[0].outcome = ResidenceOutcome::Granted; })
          == "residence_matters[0].decided");
    CHECK(fieldAfter(
              [](ClientRecord& r) { r.residenceMatters[0].decided = r.residenceMatters[0].date.addDays(-1); })
          == "residence_matters[0].decided");
    CHECK(fieldAfter([](ClientRecord& r) { r.legalSteps[2].courtDate = r.legalSteps[2].date.addDays(-1); })
          == "legal_steps[2].court_date");
    CHECK(fieldAfter([](ClientRecord& r) { r.contacts[0].worker = "\x01"; }) == "contacts[0].worker");
    CHECK(fieldAfter([](ClientRecord& r) { r.consents[0].scope.clear(); }) == "consents[0].scope");
    CHECK(fieldAfter([](ClientRecord& r) { r.disclosures[0].toWhom.clear(); }) == "disclosures[0].to_whom");
    CHECK(fieldAfter([](ClientRecord& r) {
              r.reflectionPeriods[0].permitApplied = r.reflectionPeriods[0].start.addDays(-1);
          })
          == "reflection_period.permit_applied");
    CHECK(fieldAfter([](ClientRecord& r) {
              r.seriousThreats.push_back(SeriousThreat {today, "", std::nullopt});
          })
          == "serious_threats[0].description");
    CHECK(fieldAfter([](ClientRecord& r) {
              r.reopenings.push_back(
                  Reopening {today.addDays(-5), "Came back", today.addDays(-3), EndReason::Unreachable});
          })
          == "reopenings[0].date");
}

TEST_CASE("a reflection period knows its length and whether it is open", "[domain]")
{
    ReflectionPeriod period {day("2026-01-10"), day("2026-04-10"), ReflectionGrantor::Police, std::nullopt};
    CHECK(period.lengthInDays() == 90);
    CHECK(period.isOpenOn(day("2026-04-10")));
    CHECK_FALSE(period.isOpenOn(day("2026-04-11")));
    CHECK_FALSE(period.isOpenOn(day("2026-01-09")));
    period.end.reset();
    CHECK(period.isOpenOn(day("2030-01-01")));
    CHECK_FALSE(period.lengthInDays());
}

TEST_CASE("a hotline call is refused when dated in the future", "[domain]")
{
    HotlineCall call {today,
                      HotlineCallerType::Authority,
                      HotlineTopic::LabourExploitation,
                      HotlineOutcome::InformationGiven,
                      false};
    CHECK_NOTHROW(validate(call, today));
    call.date = today.addDays(1);
    try {
        validate(call, today);
        FAIL("accepted");
    } catch (const Error& error) {
        CHECK(error.field() == "date");
    }
}
