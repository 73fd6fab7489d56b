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
