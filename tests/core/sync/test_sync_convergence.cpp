#include "SyncSimulation.h"
#include "sync/Package.h"
#include "sync/Payload.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <nlohmann/json.hpp>

using namespace majakka;
using majakka::test::SyncSimulation;

namespace {

// 100 seeded runs per test case here (500 in the suite); MAJAKKA_SYNC_RUNS
// sets another number per case, e.g. 2000 for the 10,000-run check by hand.
std::size_t runsPerCase()
{
    if (const char* runs = std::getenv("MAJAKKA_SYNC_RUNS")) {
        return static_cast<std::size_t>(std::strtoul(runs, nullptr, 10));
    }
    return 100;
}

std::unique_ptr<SyncSimulation> simulate(std::uint64_t seed)
{
    std::mt19937_64 shape(seed);
    const std::size_t offices = 2 + shape() % 3; // with laptops: 3 to 5 replicas and more
    const std::size_t laptops = shape() % 3;
    auto simulation = std::make_unique<SyncSimulation>(seed, offices, laptops, 2 + shape() % 5);
    const std::size_t steps = 20 + shape() % 40;
    for (std::size_t i = 0; i < steps; ++i) {
        simulation->step();
    }
    simulation->exchangeAll();
    return simulation;
}

// The dump's records and conflicts, keeping only those of `records` when given.
nlohmann::json restricted(const std::string& dump, const std::optional<std::set<std::string>>& records)
{
    nlohmann::json all = nlohmann::json::parse(dump);
    nlohmann::json out {{"records", nlohmann::json::array()}, {"conflicts", nlohmann::json::array()}};
    for (const auto& record : all["records"]) {
        if (!records || records->count(record["id"].get<std::string>()) > 0) {
            out["records"].push_back(record);
        }
    }
    for (const auto& conflict : all["conflicts"]) {
        if (!records || records->count(conflict["record"].get<std::string>()) > 0) {
            out["conflicts"].push_back(conflict);
        }
    }
    return out;
}

std::set<std::string> liveCasesOf(const std::string& dump, const std::string& worker)
{
    std::set<std::string> out;
    const nlohmann::json all = nlohmann::json::parse(dump);
    for (const auto& record : all["records"]) {
        if (!record["deleted"].get<bool>() && record["fields"].value("worker", "") == worker) {
            out.insert(record["id"].get<std::string>());
        }
    }
    return out;
}

void checkRun(std::uint64_t seed)
{
    INFO("seed " << seed);
    auto simulation = simulate(seed);
    auto& offices = simulation->offices();
    const std::string dump = offices.front()->dump();
    const auto conflicts = offices.front()->conflicts();
    std::set<store::Id> everything;
    for (const auto& made : simulation->made()) {
        everything.insert(made.op);
    }
    const auto expected = simulation->expectedHeads();
    for (auto& office : offices) {
        INFO("replica " << office->name());
        // The same bytes and the same conflicts at every office...
        REQUIRE(office->dump() == dump);
        REQUIRE(office->conflicts() == conflicts);
        // ...every operation ever made, on a laptop too, held at each...
        REQUIRE(office->operationIds() == everything);
        // ...and a head exactly when no one who saw it wrote after it: a shown
        // value, a kept conflict head, or superseded by its author's successor.
        REQUIRE(office->heads() == expected);
    }
    // A laptop holds its worker's live cases, exactly as the offices show them, and nothing else.
    for (auto& laptop : simulation->laptops()) {
        INFO("laptop of " << laptop.worker);
        const auto cases = liveCasesOf(dump, laptop.worker);
        REQUIRE(restricted(laptop.replica->dump(), std::nullopt) == restricted(dump, cases));
    }
    // Every pair of same-field edits made without seeing each other, neither
    // replaced since, is a conflict; so is a delete beside an edit it did not see.
    for (const auto& [key, heads] : expected) {
        if (heads.size() > 1) {
            CHECK(conflicts.count(key) == 1);
        }
        if (key.second == store::DeletedField) {
            // Deletes are the only operations on that field here, so the record shows deleted.
            const bool edited = std::any_of(expected.begin(), expected.end(), [&](const auto& other) {
                return other.first.first == key.first && other.first.second != store::DeletedField;
            });
            if (edited) {
                CHECK(conflicts.count(key) == 1);
            }
        }
    }
}

void checkRuns(std::uint64_t firstSeed)
{
    // MAJAKKA_SYNC_SEED=N runs that one seed alone (in the first case), to see a failure again.
    if (const char* seed = std::getenv("MAJAKKA_SYNC_SEED")) {
        if (firstSeed == 1) {
            checkRun(std::strtoull(seed, nullptr, 10));
        }
        return;
    }
    const std::size_t runs = runsPerCase();
    for (std::size_t i = 0; i < runs; ++i) {
        checkRun(firstSeed + i);
    }
}

} // namespace

// Five cases of the same property, so that ctest runs them side by side.
TEST_CASE("replicas converge to one state and one conflict set whatever the exchanges: seeds 1 to 100",
          "[sync][property]")
{
    checkRuns(1);
}

TEST_CASE(
    "replicas converge to one state and one conflict set whatever the exchanges: seeds 100001 to 100100",
    "[sync][property]")
{
    checkRuns(100001);
}

TEST_CASE(
    "replicas converge to one state and one conflict set whatever the exchanges: seeds 200001 to 200100",
    "[sync][property]")
{
    checkRuns(200001);
}

TEST_CASE(
    "replicas converge to one state and one conflict set whatever the exchanges: seeds 300001 to 300100",
    "[sync][property]")
{
    checkRuns(300001);
}

TEST_CASE(
    "replicas converge to one state and one conflict set whatever the exchanges: seeds 400001 to 400100",
    "[sync][property]")
{
    checkRuns(400001);
}

TEST_CASE("a package for a laptop holds operations of its worker's cases only", "[sync][property]")
{
    std::size_t packages = 0;
    std::size_t operations = 0;
    for (std::uint64_t seed = 500001; seed < 500001 + runsPerCase(); ++seed) {
        INFO("seed " << seed);
        auto simulation = simulate(seed);
        for (const auto& sent : simulation->toLaptops()) {
            const sync::DeviceIdentity& laptop = sent.laptop->replica->identity();
            const sync::ParsedPackage package = sync::parsePackage(sent.package);
            const sync::Payload payload = sync::decodePayload(
                sync::openPackage(
                    package, laptop.agreementPrivateKey(), laptop.publicIdentity().agreementPublicKey)
                    .bytes());
            for (const store::Operation& op : payload.operations) {
                REQUIRE(sent.scope.count(op.recordId) == 1);
            }
            ++packages;
            operations += payload.operations.size();
        }
    }
    // The property was exercised, not vacuous.
    CHECK(packages > runsPerCase());
    CHECK(operations > runsPerCase());
}
