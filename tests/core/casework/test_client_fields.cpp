#include "Error.h"
#include "casework/ClientFields.h"
#include "casework/DemoGenerator.h"
#include "domain/ClientJson.h"

#include <catch2/catch.hpp>

using namespace majakka;

namespace {
const domain::Date Today = domain::Date::parse("2026-11-24", "today");

// Names every entry of every list the way the store does: in list order.
domain::ClientRecord named(domain::ClientRecord record)
{
    int next = 0;
    auto name = [&next](auto& entries) {
        for (auto& entry : entries) {
            char text[17];
            std::snprintf(text, sizeof text, "%016x", ++next);
            entry.id = text;
        }
    };
    name(record.measures);
    name(record.reflectionPeriods);
    name(record.residenceMatters);
    name(record.legalSteps);
    name(record.contacts);
    name(record.consents);
    name(record.disclosures);
    name(record.seriousThreats);
    name(record.reopenings);
    record.id = "0123456789abcdef0123456789abcdef";
    return record;
}
} // namespace

TEST_CASE("a client's fields make the same client again, for every demo client", "[casework][fields]")
{
    const auto records = DemoGenerator::generateClients(300, 11, Today, {"kaisa", "ville"});
    for (const auto& generated : records) {
        const domain::ClientRecord record = named(generated);
        const ClientFieldValues fields = clientFields(record);
        CHECK(clientFromFields(record.id, fields) == record);
    }
}

TEST_CASE("each value of a client is a field of its own, entries named by their id", "[casework][fields]")
{
    const domain::ClientRecord record = named(domain::exampleClient(Today));
    const ClientFieldValues fields = clientFields(record);
    const std::string measure = "measures[" + record.measures.at(0).id + "]";
    CHECK(fields.at("family_name") == "\"" + record.person.familyName + "\"");
    CHECK(fields.at("referral.date") == "\"" + record.referral->date.toString() + "\"");
    CHECK(fields.at(measure) == "true");
    CHECK(fields.at(measure + ".status")
          == "\"" + std::string(domain::nameOf(record.measures[0].status)) + "\"");
    CHECK(fields.count("reflection_periods[" + record.reflectionPeriods.back().id + "].start") == 1);
    // Lists of names are one value; empty values are not stored.
    CHECK(fields.at("citizenships")->front() == '[');
    for (const auto& [field, value] : fields) {
        CHECK(value);
        CHECK(*value != "\"\"");
        CHECK(*value != "[]");
        CHECK(field != "id");
    }
}

TEST_CASE("an entry without its presence field is not part of the record", "[casework][fields]")
{
    const domain::ClientRecord record = named(domain::exampleClient(Today));
    ClientFieldValues fields = clientFields(record);
    // Removed on one laptop while its status was edited on another: the edit stays a
    // value of the log (a conflict) but does not bring back half an entry.
    const std::string measure = "measures[" + record.measures.at(0).id + "]";
    for (auto it = fields.begin(); it != fields.end();) {
        it = it->first.rfind(measure, 0) == 0 && it->first != measure + ".status" ? fields.erase(it)
                                                                                  : std::next(it);
    }
    const domain::ClientRecord loaded = clientFromFields(record.id, fields);
    CHECK(loaded.measures.size() == record.measures.size() - 1);
    CHECK(loaded.measures.at(0) == record.measures.at(1));
}

TEST_CASE("lists come back in the order of their entries' ids, reflection periods by start",
          "[casework][fields]")
{
    domain::ClientRecord record = named(domain::exampleClient(Today));
    REQUIRE(record.measures.size() >= 2);
    std::swap(record.measures[0].id, record.measures[1].id);
    const domain::ClientRecord loaded = clientFromFields(record.id, clientFields(record));
    CHECK(loaded.measures.at(0) == record.measures.at(1));
    CHECK(loaded.measures.at(1) == record.measures.at(0));

    // A reflection period recorded later but granted earlier still comes first.
    domain::ClientRecord periods = record;
    domain::ReflectionPeriod earlier = periods.reflectionPeriods.back();
    earlier.start = earlier.start.addDays(-400);
    earlier.end = earlier.start.addDays(60);
    earlier.id = "ffffffffffffffff";
    periods.reflectionPeriods.push_back(earlier);
    const domain::ClientRecord reloaded = clientFromFields(periods.id, clientFields(periods));
    REQUIRE(reloaded.reflectionPeriods.size() == periods.reflectionPeriods.size());
    CHECK(reloaded.reflectionPeriods.front() == earlier);
}

TEST_CASE("stored fields that make no valid client are reported as damage", "[casework][fields]")
{
    const domain::ClientRecord record = named(domain::exampleClient(Today));
    ClientFieldValues fields = clientFields(record);
    fields["referral.date"] = "\"not a date\"";
    try {
        clientFromFields(record.id, fields);
        FAIL("no error");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Damaged);
        CHECK(error.field() == "referral.date");
    }
    fields = clientFields(record);
    fields["measures[x"] = "true";
    CHECK_THROWS_AS(clientFromFields(record.id, fields), Error);
}

TEST_CASE("entry ids in a client document are checked", "[casework][fields][json]")
{
    const domain::ClientRecord record = named(domain::exampleClient(Today));
    std::string json = domain::clientToJson(record);
    CHECK(domain::clientFromJson(json) == record);

    const std::string measureId = record.measures.at(0).id;
    const std::string otherId = record.measures.at(1).id;
    std::string repeated = json;
    repeated.replace(repeated.find(otherId), otherId.size(), measureId);
    try {
        domain::clientFromJson(repeated);
        FAIL("no error");
    } catch (const Error& error) {
        CHECK(error.field() == "measures[1].id");
    }
    std::string malformed = json;
    malformed.replace(malformed.find(measureId), measureId.size(), "a.b[c]");
    try {
        domain::clientFromJson(malformed);
        FAIL("no error");
    } catch (const Error& error) {
        CHECK(error.field() == "measures[0].id");
    }
}

TEST_CASE("a part or entry a merge left incomplete is left out, and the rest of the client loads",
          "[casework][fields]")
{
    const domain::ClientRecord record = named(domain::exampleClient(Today));
    REQUIRE(record.referral);
    REQUIRE(record.measures.size() >= 1);
    ClientFieldValues fields = clientFields(record);
    // The referral removed on one device while its source changed on another:
    // every value of it cleared but the source.
    for (auto& [field, value] : fields) {
        if (field.rfind("referral.", 0) == 0 && field != "referral.source") {
            value.reset();
        }
    }
    // A measure whose type was cleared while it stayed present.
    fields["measures[" + record.measures.front().id + "].type"].reset();
    const domain::ClientRecord loaded = clientFromFields(record.id, fields);
    CHECK_FALSE(loaded.referral);
    CHECK(loaded.measures.size() == record.measures.size() - 1);
    CHECK(loaded.person == record.person);
    CHECK(loaded.admission == record.admission);
}

TEST_CASE("fields that make no client at all are still refused as damaged", "[casework][fields]")
{
    ClientFieldValues fields = clientFields(named(domain::exampleClient(Today)));
    fields["family_name"] = "12"; // a number where a name belongs
    try {
        clientFromFields("0123456789abcdef0123456789abcdef", fields);
        FAIL("loaded");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Damaged);
    }
}
