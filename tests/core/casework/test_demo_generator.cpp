#include "casework/DemoGenerator.h"
#include "domain/ClientJson.h"
#include "domain/ClientRules.h"

#include <catch2/catch.hpp>
#include <set>

using namespace majakka;

namespace {
const domain::Date Today = *domain::Date::fromYmd(2026, 11, 23);
const std::vector<std::string> Workers = {"kaisa", "ville", "sanna"};

std::vector<std::string> asJson(const std::vector<domain::ClientRecord>& records)
{
    std::vector<std::string> json;
    for (const auto& record : records) {
        json.push_back(domain::clientToJson(record));
    }
    return json;
}

// 0 for 1 January - 30 June, 1 for the rest of the year.
int halfYearOf(domain::Date date)
{
    return date.year() * 2 + (date.month() > 6 ? 1 : 0);
}
} // namespace

TEST_CASE("The same seed gives the same demo clients", "[demo]")
{
    const auto first = DemoGenerator::generateClients(300, 7, Today, Workers);
    const auto second = DemoGenerator::generateClients(300, 7, Today, Workers);
    REQUIRE(first.size() == 300);
    CHECK(asJson(first) == asJson(second));
}

TEST_CASE("Different seeds give different demo clients", "[demo]")
{
    CHECK(asJson(DemoGenerator::generateClients(100, 1, Today, Workers))
          != asJson(DemoGenerator::generateClients(100, 2, Today, Workers)));
}

TEST_CASE("Every demo client passes the client rules", "[demo]")
{
    for (std::uint32_t seed : {1u, 2u, 42u, 2026u}) {
        const auto records = DemoGenerator::generateClients(2000, seed, Today, Workers);
        REQUIRE(records.size() == 2000);
        for (std::size_t i = 0; i < records.size(); ++i) {
            INFO("seed " << seed << ", record " << i << ":\n" << domain::clientToJson(records[i]));
            CHECK_NOTHROW(domain::validateClient(records[i], Today));
        }
    }
}

TEST_CASE("Demo clients have the proportions of the published figures", "[demo]")
{
    const auto records = DemoGenerator::generateClients(2000, 3, Today, Workers);
    std::size_t victims = 0;
    std::size_t children = 0;
    std::size_t witnesses = 0;
    std::size_t exploited = 0;
    std::size_t inFinland = 0;
    std::set<std::string> workers;
    std::set<domain::Office> offices;
    std::set<int> halfYears;
    for (const auto& record : records) {
        switch (record.person.kind) {
        case domain::ClientKind::Victim:
            ++victims;
            break;
        case domain::ClientKind::Child:
            ++children;
            break;
        case domain::ClientKind::Witness:
            ++witnesses;
            break;
        }
        if (record.exploitation) {
            ++exploited;
            inFinland += record.exploitation->inFinland ? 1 : 0;
        }
        workers.insert(record.person.worker);
        offices.insert(record.person.office);
        if (record.referral) {
            halfYears.insert(halfYearOf(record.referral->date));
        }
    }
    const auto share = [](std::size_t part, std::size_t whole) {
        return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
    };
    CHECK(share(victims, records.size()) >= 70.0);
    CHECK(share(victims, records.size()) <= 86.0);
    CHECK(share(children, records.size()) >= 14.0);
    CHECK(share(children, records.size()) <= 30.0);
    CHECK(witnesses > 0);
    CHECK(share(inFinland, exploited) >= 30.0);
    CHECK(share(inFinland, exploited) <= 50.0);
    CHECK(workers == std::set<std::string>(Workers.begin(), Workers.end()));
    CHECK(offices.size() == 4);
    for (int half = halfYearOf(Today) - 5; half <= halfYearOf(Today); ++half) {
        INFO("half-year " << half / 2 << (half % 2 == 0 ? " H1" : " H2"));
        CHECK(halfYears.count(half) == 1);
    }
    CHECK(halfYears.count(2006 * 2) == 1);
}

TEST_CASE("Demo children follow their parents and are linked to the stored parents", "[demo]")
{
    auto records = DemoGenerator::generateClients(500, 5, Today, Workers);
    const std::size_t firstChild = DemoGenerator::firstChild(records);
    REQUIRE(firstChild < records.size());
    std::vector<domain::ClientRecord> parents(records.begin(),
                                              records.begin() + static_cast<long>(firstChild));
    std::vector<domain::ClientRecord> children(records.begin() + static_cast<long>(firstChild),
                                               records.end());
    for (const auto& parent : parents) {
        CHECK(parent.person.kind != domain::ClientKind::Child);
    }
    for (std::size_t i = 0; i < parents.size(); ++i) {
        parents[i].id = "id-" + std::to_string(i);
    }
    DemoGenerator::linkChildren(children, parents);
    for (const auto& child : children) {
        REQUIRE(child.person.kind == domain::ClientKind::Child);
        REQUIRE(child.person.parent.starts_with("id-"));
        const auto& parent = parents[std::stoul(child.person.parent.substr(3))];
        CHECK(parent.person.kind == domain::ClientKind::Victim);
        CHECK(parent.isAdmitted());
        CHECK(child.person.office == parent.person.office);
        CHECK(child.admission->date >= parent.admission->date);
        CHECK_NOTHROW(domain::validateClient(child, Today));
    }
}

TEST_CASE("Linking demo children refuses a missing parent", "[demo]")
{
    auto records = DemoGenerator::generateClients(50, 5, Today, Workers);
    std::vector<domain::ClientRecord> children(
        records.begin() + static_cast<long>(DemoGenerator::firstChild(records)), records.end());
    REQUIRE_FALSE(children.empty());
    CHECK_THROWS(DemoGenerator::linkChildren(children, {}));
}

TEST_CASE("A single demo client is never a child without a parent", "[demo]")
{
    for (std::uint32_t seed = 0; seed < 50; ++seed) {
        const auto records = DemoGenerator::generateClients(1, seed, Today, {});
        REQUIRE(records.size() == 1);
        CHECK(records.front().person.kind != domain::ClientKind::Child);
        CHECK_NOTHROW(domain::validateClient(records.front(), Today));
    }
    CHECK(DemoGenerator::generateClients(0, 1, Today, Workers).empty());
}
