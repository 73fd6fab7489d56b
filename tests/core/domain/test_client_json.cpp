#include "RuleCheck.h"
#include "domain/HotlineJson.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace majakka;
using namespace majakka::domain;
using majakka::test::day;

namespace {
const Date today = majakka::test::testToday();

// The example with every optional part filled in.
ClientRecord rich()
{
    ClientRecord record = exampleClient(today);
    record.id = "0123456789abcdef0123456789abcdef";
    record.number = ClientNumber {Office::Helsinki, 2026, 42};
    record.person.personalId = PersonalIdentityCode::parse("131052-308T");
    record.person.birthDate = PartialDate::fullDate(day("1952-10-13"));
    record.admission->appeal = Appeal {record.admission->date.addDays(5),
                                       "Helsinki Administrative Court",
                                       AppealOutcome::Upheld,
                                       today.addDays(-1)};
    record.reflectionPeriods.insert(
        record.reflectionPeriods.begin(),
        ReflectionPeriod {day("2024-01-01"), day("2024-03-01"), ReflectionGrantor::Police, std::nullopt});
    record.seriousThreats = {SeriousThreat {today.addDays(-2), "Threat by phone.", today.addDays(-1)}};
    record.end = EndOfAssistance {today, EndReason::MovedAbroad, "Moved to Sweden."};
    record.reopenings = {
        Reopening {today.addDays(-20), "Returned to Finland.", today.addDays(-30), EndReason::Unreachable}};
    return record;
}

std::string fieldOfReading(const std::string& text)
{
    try {
        clientFromJson(text);
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Invalid);
        return error.field();
    }
    return "<accepted>";
}

// The example document with one change made to its JSON.
template<typename Change> std::string fieldAfterEditing(Change change)
{
    nlohmann::json document = nlohmann::json::parse(clientToJson(exampleClient(today)));
    change(document);
    return fieldOfReading(document.dump());
}
} // namespace

TEST_CASE("a client document reads back to the same record", "[domain]")
{
    const ClientRecord record = rich();
    const std::string text = clientToJson(record);
    CHECK(clientFromJson(text) == record);
    CHECK(clientToJson(clientFromJson(text)) == text);

    const ClientRecord example = exampleClient(today);
    CHECK(clientFromJson(clientToJson(example)) == example);

    ClientRecord minimal;
    minimal.person.givenNames = "Anonymous";
    CHECK(clientFromJson(clientToJson(minimal)) == minimal);
}

TEST_CASE("the client document uses the public key names", "[domain]")
{
    const auto document = nlohmann::json::parse(clientToJson(rich()));
    for (const char* key : {"kind",
                            "given_names",
                            "family_name",
                            "aliases",
                            "birth_date",
                            "gender",
                            "personal_id",
                            "citizenships",
                            "languages",
                            "office",
                            "worker",
                            "parent",
                            "referral",
                            "admission",
                            "exploitation",
                            "measures",
                            "reflection_period",
                            "end"}) {
        CAPTURE(key);
        CHECK(document.contains(key));
    }
    CHECK(document["kind"] == "victim");
    CHECK(document["birth_date"] == "1952-10-13");
    CHECK(document["office"] == "helsinki");
    CHECK(document["number"] == "HKI-2026-0042");
    for (const char* key : {"date", "source", "channel", "emergency"}) {
        CHECK(document["referral"].contains(key));
    }
    CHECK(document["admission"]["decision"] == "admitted");
    for (const char* key : {"forms", "industry", "in_finland", "country"}) {
        CHECK(document["exploitation"].contains(key));
    }
    for (const char* key : {"type", "provider", "status", "start", "end"}) {
        CHECK(document["measures"][0].contains(key));
    }
    CHECK(document["reflection_period"]["start"] == rich().reflectionPeriods.back().start.toString());
    CHECK(document["previous_reflection_periods"].size() == 1u);
    CHECK(document["end"]["reason"] == "moved_abroad");
}

TEST_CASE("birth dates are written as a date, a year or null", "[domain]")
{
    ClientRecord record = exampleClient(today);
    record.person.birthDate = PartialDate::yearOnly(1990);
    CHECK(nlohmann::json::parse(clientToJson(record))["birth_date"] == "1990");
    record.person.birthDate = PartialDate();
    CHECK(nlohmann::json::parse(clientToJson(record))["birth_date"].is_null());
    CHECK(clientFromJson(clientToJson(record)) == record);
}

TEST_CASE("a key Majakka does not know is refused with its path", "[domain]")
{
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["nickname"] = "x"; }) == "nickname");
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["referral"]["urgent"] = true; }) == "referral.urgent");
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["measures"][1]["cost"] = 10; }) == "measures[1].cost");
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["reflection_period"]["length"] = 30; })
          == "reflection_period.length");
}

TEST_CASE("missing, mistyped and malformed values are refused with their path", "[domain]")
{
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d.erase("kind"); }) == "kind");
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["kind"] = "adult"; }) == "kind");
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["gender"] = 1; }) == "gender");
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["birth_date"] = "90"; }) == "birth_date");
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["personal_id"] = "131052-308U"; }) == "personal_id");
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["aliases"] = "Mari"; }) == "aliases");
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["aliases"][0] = 5; }) == "aliases[0]");
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["referral"]["date"] = "2026-02-30"; })
          == "referral.date");
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["referral"].erase("date"); }) == "referral.date");
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["referral"]["emergency"] = "yes"; })
          == "referral.emergency");
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["referral"] = "police"; }) == "referral");
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["measures"][2]["start"] = "soon"; })
          == "measures[2].start");
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["measures"][0]["type"] = "housing"; })
          == "measures[0].type");
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["exploitation"]["forms"][0] = "slavery"; })
          == "exploitation.forms[0]");
    CHECK(fieldAfterEditing([](nlohmann::json& d) { d["number"] = "HKI-26-1"; }) == "number");
    CHECK(fieldOfReading("[1, 2]") == "");
    CHECK(fieldOfReading("{\"kind\": ") == "");
}

TEST_CASE("null and missing optional values mean not recorded", "[domain]")
{
    const ClientRecord record = clientFromJson(R"({"kind": "witness", "given_names": "Li", "office": "oulu",
        "referral": null, "measures": null, "personal_id": null, "birth_date": null})");
    CHECK(record.person.kind == ClientKind::Witness);
    CHECK(record.person.office == Office::Oulu);
    CHECK_FALSE(record.referral);
    CHECK(record.measures.empty());
    CHECK_FALSE(record.person.birthDate.isKnown());
    CHECK(majakka::test::brokenField(record, today) == "");
}

TEST_CASE("the template is a complete valid client", "[domain]")
{
    const ClientRecord example = exampleClient(today);
    CHECK(majakka::test::brokenField(example, today) == "");
    CHECK(example.referral);
    CHECK(example.admission);
    CHECK(example.exploitation);
    CHECK(example.needsAssessment);
    CHECK_FALSE(example.measures.empty());
    CHECK_FALSE(example.reflectionPeriods.empty());
}

TEST_CASE("hotline calls read and write only their fixed fields", "[domain]")
{
    const HotlineCall call {today,
                            HotlineCallerType::RelativeOrFriend,
                            HotlineTopic::SexualExploitation,
                            HotlineOutcome::ReferralToAssistanceSystem,
                            true};
    CHECK(hotlineCallFromJson(hotlineCallToJson(call)) == call);
    try {
        hotlineCallFromJson(
            R"({"date": "2026-01-01", "topic": "other", "outcome": "other", "caller_name": "Anna"})");
        FAIL("accepted");
    } catch (const Error& error) {
        CHECK(error.field() == "caller_name");
    }
}
