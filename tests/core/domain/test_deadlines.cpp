#include "domain/ClientJson.h"
#include "domain/Deadlines.h"

#include <catch2/catch.hpp>

using namespace majakka::domain;

namespace {
Date day(const char* text)
{
    return Date::parse(text, "test");
}

bool has(const std::vector<Deadline>& deadlines, DeadlineKind kind)
{
    return std::any_of(deadlines.begin(), deadlines.end(), [&](const Deadline& d) { return d.kind == kind; });
}
} // namespace

TEST_CASE("deadlines come from the case's dates, soonest first, within the window", "[domain][deadlines]")
{
    ClientRecord record = exampleClient(day("2026-11-23"));
    record.reflectionPeriods.clear();
    record.reflectionPeriods.push_back({day("2026-10-01"), day("2026-12-10"), {}, {}});
    REQUIRE(record.needsAssessment);
    record.needsAssessment->reassessmentDate = day("2026-11-30");
    record.legalSteps.clear();
    LegalStep hearing;
    hearing.date = day("2026-09-01");
    hearing.courtDate = day("2027-03-01");
    record.legalSteps.push_back(hearing);
    record.residenceMatters.clear();

    const auto soon = deadlinesOf(record, day("2026-12-31"));
    REQUIRE(soon.size() == 2);
    CHECK(soon[0] == Deadline {DeadlineKind::ReassessmentDue, day("2026-11-30")});
    CHECK(soon[1] == Deadline {DeadlineKind::ReflectionPeriodEnds, day("2026-12-10")});
    CHECK(has(deadlinesOf(record, day("2027-03-01")), DeadlineKind::CourtDate));

    record.end = EndOfAssistance {day("2026-11-20"), EndReason::MovedAbroad, {}};
    CHECK(deadlinesOf(record, day("2027-12-31")).empty());
}

TEST_CASE("a child shows the day they turn 18", "[domain][deadlines]")
{
    ClientRecord record = exampleClient(day("2026-11-23"));
    record.person.kind = ClientKind::Child;
    record.person.birthDate = PartialDate::parse("2009-01-15", "birth_date");
    const auto deadlines = deadlinesOf(record, day("2027-12-31"));
    CHECK(
        std::find(deadlines.begin(), deadlines.end(), Deadline {DeadlineKind::TurnsAdult, day("2027-01-15")})
        != deadlines.end());
    CHECK_FALSE(has(deadlinesOf(record, day("2026-12-31")), DeadlineKind::TurnsAdult));
}

TEST_CASE("an urgent measure without an admission decision stays on the list", "[domain][deadlines]")
{
    ClientRecord record = exampleClient(day("2026-11-23"));
    record.admission.reset();
    record.measures.clear();
    SupportMeasure housing;
    housing.type = SupportMeasureType::SafeHousing;
    housing.status = MeasureStatus::Active;
    housing.start = day("2026-11-01");
    housing.urgent = true;
    record.measures.push_back(housing);
    CHECK(has(deadlinesOf(record, day("2026-11-23")), DeadlineKind::AdmissionDecisionPending));
    record.admission = AdmissionDecision {};
    CHECK_FALSE(has(deadlinesOf(record, day("2026-11-23")), DeadlineKind::AdmissionDecisionPending));
}

namespace {
// A case with nothing recorded after its admission but what each test adds.
ClientRecord quietCase()
{
    ClientRecord record = exampleClient(day("2026-11-23"));
    record.contacts.clear();
    record.legalSteps.clear();
    record.residenceMatters.clear();
    record.measures.clear();
    record.reflectionPeriods.clear();
    record.needsAssessment.reset();
    return record;
}
} // namespace

TEST_CASE("a reflection period's end leaves the list once the case records a step after it",
          "[domain][deadlines]")
{
    ClientRecord record = quietCase();
    record.reflectionPeriods.push_back({day("2025-06-01"), day("2025-08-03"), {}, {}});
    CHECK(has(deadlinesOf(record, day("2026-12-31")), DeadlineKind::ReflectionPeriodEnds));

    // A visit on the last day of the period is still within it.
    record.contacts.push_back({ContactKind::Visit, day("2025-08-03"), "Helsinki", "kaisa", false, ""});
    CHECK(has(deadlinesOf(record, day("2026-12-31")), DeadlineKind::ReflectionPeriodEnds));

    record.contacts.push_back({ContactKind::Call, day("2025-08-04"), "Helsinki", "kaisa", false, ""});
    CHECK_FALSE(has(deadlinesOf(record, day("2026-12-31")), DeadlineKind::ReflectionPeriodEnds));

    record.contacts.clear();
    LegalStep report;
    report.kind = LegalStepKind::ReportToPolice;
    report.date = day("2025-09-10");
    record.legalSteps.push_back(report);
    CHECK_FALSE(has(deadlinesOf(record, day("2026-12-31")), DeadlineKind::ReflectionPeriodEnds));

    record.legalSteps.clear();
    SupportMeasure planned;
    planned.type = SupportMeasureType::LegalAid;
    planned.status = MeasureStatus::Planned;
    planned.start = day("2026-12-01");
    record.measures.push_back(planned);
    CHECK(has(deadlinesOf(record, day("2026-12-31")), DeadlineKind::ReflectionPeriodEnds));
}

TEST_CASE("a court date leaves the list once a later step of the process is recorded", "[domain][deadlines]")
{
    ClientRecord record = quietCase();
    LegalStep charges;
    charges.kind = LegalStepKind::Charges;
    charges.date = day("2026-01-10");
    charges.courtDate = day("2026-05-04");
    record.legalSteps.push_back(charges);
    CHECK(has(deadlinesOf(record, day("2026-12-31")), DeadlineKind::CourtDate));

    LegalStep judgment;
    judgment.kind = LegalStepKind::Judgment;
    judgment.date = day("2026-05-04");
    record.legalSteps.push_back(judgment);
    CHECK_FALSE(has(deadlinesOf(record, day("2026-12-31")), DeadlineKind::CourtDate));
}

TEST_CASE("a child's 18th birthday leaves the list once they have an admission decision of their own",
          "[domain][deadlines]")
{
    ClientRecord record = quietCase();
    record.person.kind = ClientKind::Child;
    record.person.birthDate = PartialDate::parse("2008-03-01", "birth_date");
    REQUIRE(record.admission);
    record.admission->date = day("2024-05-01");
    CHECK(has(deadlinesOf(record, day("2026-12-31")), DeadlineKind::TurnsAdult));

    record.admission->date = day("2026-03-01");
    CHECK_FALSE(has(deadlinesOf(record, day("2026-12-31")), DeadlineKind::TurnsAdult));
}

TEST_CASE("an overdue event is shown for a bounded time, an overdue task until it is done",
          "[domain][deadlines]")
{
    const CaseRules rules;
    REQUIRE(rules.overdueEventDays == 30);
    const Date today = day("2026-11-23");
    const Deadline ended {DeadlineKind::ReflectionPeriodEnds, day("2026-10-24")};
    CHECK(isShownOn(ended, today, rules));
    CHECK_FALSE(isShownOn({DeadlineKind::ReflectionPeriodEnds, day("2026-10-23")}, today, rules));
    CHECK_FALSE(isShownOn({DeadlineKind::TurnsAdult, day("2022-11-16")}, today, rules));
    CHECK_FALSE(isShownOn({DeadlineKind::CourtDate, day("2025-01-01")}, today, rules));
    CHECK(isShownOn({DeadlineKind::PermitDecisionExpected, day("2026-12-20")}, today, rules));

    // Tasks wait for the worker however late they are.
    CHECK(isShownOn({DeadlineKind::ReassessmentDue, day("2025-01-01")}, today, rules));
    CHECK(isShownOn({DeadlineKind::AdmissionDecisionPending, day("2025-01-01")}, today, rules));

    CaseRules longer = rules;
    longer.overdueEventDays = 400;
    CHECK(isShownOn({DeadlineKind::CourtDate, day("2025-11-01")}, today, longer));
}
