#include "Error.h"
#include "SessionFixture.h"
#include "audit/AuditLog.h"
#include "casework/ClientService.h"
#include "domain/ClientJson.h"
#include "session/UserAdministration.h"
#include "store/OperationLog.h"

#include <catch2/catch.hpp>

using namespace majakka;

namespace {
domain::Date today()
{
    return domain::Date::fromTimePoint(Clock::system().now());
}

// The example client, assigned to `worker`.
domain::ClientRecord client(const std::string& worker, const std::string& familyName = "Santos")
{
    domain::ClientRecord record = domain::exampleClient(today());
    record.person.worker = worker;
    record.person.familyName = familyName;
    return record;
}

struct CaseworkFixture : test::SessionFixture
{
    CaseworkFixture()
    {
        auto session = create();
        UserAdministration users(*session);
        users.addUser("kaisa", domain::Role::Caseworker, "kaisa passphrase", test::CheapKdf);
        users.addUser("ville", domain::Role::Caseworker, "ville passphrase", test::CheapKdf);
        users.addUser("sanna", domain::Role::Supervisor, "sanna passphrase", test::CheapKdf);
    }
};

ErrorCode codeOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.code();
    }
    FAIL("no error was thrown");
    return ErrorCode::Internal;
}
} // namespace

TEST_CASE("added clients get an id and the next number of their office and year", "[casework]")
{
    CaseworkFixture fx;
    auto session = fx.unlock("anna", test::AdminPassphrase);
    ClientService clients(*session);
    const auto first = clients.add(client("kaisa"));
    const auto second = clients.add(client("kaisa", "Korhonen"));
    REQUIRE(first.number);
    CHECK(first.id.size() == 32);
    CHECK(first.number->toString().rfind("HKI-", 0) == 0);
    CHECK(second.number->sequence == first.number->sequence + 1);
    CHECK(clients.show(first.id) == first);
}

TEST_CASE("an update records operations only for the parts that differ, and is audited", "[casework]")
{
    CaseworkFixture fx;
    auto session = fx.unlock("anna", test::AdminPassphrase);
    ClientService clients(*session);
    auto stored = clients.add(client("kaisa"));
    const store::Id id = store::Id::fromHex(stored.id);
    store::OperationLog log(session->database(), session->clock());
    const auto before = log.operations(id).size();

    stored.person.familyName = "Korhonen";
    stored.person.phone = "+358 50 765 4321";
    clients.update(stored.id, stored);
    CHECK(log.operations(id).size() == before + 2);
    clients.update(stored.id, stored); // the same document again: nothing to record
    CHECK(log.operations(id).size() == before + 2);
    CHECK(clients.show(stored.id).person.familyName == "Korhonen");

    const auto trail = session->auditLog().forRecord(id);
    REQUIRE(trail.size() == 3);
    CHECK(trail[0].action == "client.add");
    CHECK(trail[1].action == "client.update");
    CHECK(trail[1].detail == "family_name, phone");
    CHECK(trail[2].action == "client.view");
}

TEST_CASE("a record breaking a rule is refused with the field named, and nothing is written", "[casework]")
{
    CaseworkFixture fx;
    auto session = fx.unlock("anna", test::AdminPassphrase);
    ClientService clients(*session);
    auto record = client("kaisa");
    REQUIRE(record.referral);
    REQUIRE(record.admission);
    record.admission->date = record.referral->date.addDays(-1); // admitted before referred
    try {
        clients.add(record);
        FAIL("a record breaking a rule was stored");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Invalid);
        CHECK_FALSE(error.field().empty());
    }
    CHECK(clients.list({}).empty());
    CHECK(session->auditLog().latest(1).front().action == "sign_in");
}

TEST_CASE("a caseworker sees and changes only the clients assigned to them", "[casework]")
{
    CaseworkFixture fx;
    std::string kaisas;
    std::string villes;
    {
        auto session = fx.unlock("anna", test::AdminPassphrase);
        ClientService clients(*session);
        kaisas = clients.add(client("kaisa", "Aho")).id;
        villes = clients.add(client("ville", "Berg")).id;
    }
    auto kaisa = fx.unlock("kaisa", "kaisa passphrase");
    ClientService clients(*kaisa);
    const auto visible = clients.list({});
    REQUIRE(visible.size() == 1);
    CHECK(visible[0].id == kaisas);
    // Another worker's client is "not found", so its existence is not given away.
    CHECK(codeOf([&] { clients.show(villes); }) == ErrorCode::NotFound);
    CHECK(codeOf([&] { clients.add(client("ville")); }) == ErrorCode::Permission);
    auto mine = clients.show(kaisas);
    mine.person.worker = "ville"; // handing a case over is an office decision
    CHECK(codeOf([&] { clients.update(kaisas, mine); }) == ErrorCode::Permission);
}

TEST_CASE("a supervisor reads every client but changes none", "[casework]")
{
    CaseworkFixture fx;
    std::string id;
    {
        auto session = fx.unlock("anna", test::AdminPassphrase);
        id = ClientService(*session).add(client("kaisa")).id;
    }
    auto sanna = fx.unlock("sanna", "sanna passphrase");
    ClientService clients(*sanna);
    auto record = clients.show(id);
    record.person.phone = "+358 40 000 0000";
    CHECK(codeOf([&] { clients.update(id, record); }) == ErrorCode::Permission);
    CHECK(codeOf([&] { clients.add(client("kaisa")); }) == ErrorCode::Permission);
}

TEST_CASE("an ended case is read-only until it is reopened, and the reopening is recorded", "[casework]")
{
    CaseworkFixture fx;
    auto session = fx.unlock("anna", test::AdminPassphrase);
    ClientService clients(*session);
    auto record = clients.add(client("kaisa"));
    record.end = domain::EndOfAssistance {today(), domain::EndReason::MovedAbroad, {}};
    clients.update(record.id, record);

    auto edited = clients.show(record.id);
    edited.person.phone = "+358 40 000 0000";
    CHECK(codeOf([&] { clients.update(record.id, edited); }) == ErrorCode::Invalid);

    auto reopened = clients.show(record.id);
    reopened.reopenings.push_back(
        {today(), "came back to Finland", reopened.end->date, reopened.end->reason});
    reopened.end.reset();
    clients.update(record.id, reopened);
    CHECK_FALSE(clients.show(record.id).isEnded());
    const auto trail = session->auditLog().forRecord(store::Id::fromHex(record.id));
    CHECK(std::any_of(trail.begin(), trail.end(), [](const auto& e) { return e.action == "client.reopen"; }));
}

TEST_CASE("the list filters by name, alias, number, office and status", "[casework]")
{
    CaseworkFixture fx;
    auto session = fx.unlock("anna", test::AdminPassphrase);
    ClientService clients(*session);
    const auto aho = clients.add(client("kaisa", "Aho"));
    clients.add(client("kaisa", "Berg"));
    CHECK(clients.list({std::string("aho"), {}, {}, {}, {}, {}}).size() == 1);
    CHECK(clients.list({aho.number->toString(), {}, {}, {}, {}, {}}).size() == 1);
    CHECK(clients.list({std::string("MARI"), {}, {}, {}, {}, {}}).size() == 2); // the alias "Mari"
    CHECK(clients.list({{}, std::string("oulu"), {}, {}, {}, {}}).empty());
    CHECK(clients.list({{}, {}, true, {}, {}, {}}).empty());
    CHECK(clients.list({{}, {}, {}, 1, {}, {}}).size() == 1);
}

TEST_CASE("the deadlines list shows the user's cases, soonest first", "[casework][deadlines]")
{
    CaseworkFixture fx;
    {
        auto session = fx.unlock("anna", test::AdminPassphrase);
        ClientService clients(*session);
        auto later = client("kaisa", "Aho");
        later.needsAssessment->reassessmentDate = today().addDays(20);
        clients.add(later);
        auto sooner = client("kaisa", "Berg");
        sooner.needsAssessment->reassessmentDate = today().addDays(5);
        clients.add(sooner);
    }
    auto kaisa = fx.unlock("kaisa", "kaisa passphrase");
    const auto mine = ClientService(*kaisa).deadlines({});
    std::vector<std::string> reassessments;
    for (const auto& entry : mine) {
        if (entry.deadline.kind == domain::DeadlineKind::ReassessmentDue) {
            reassessments.push_back(entry.client.familyName);
        }
    }
    CHECK(reassessments == std::vector<std::string> {"Berg", "Aho"});
    CHECK(std::is_sorted(mine.begin(), mine.end(), [](const auto& a, const auto& b) {
        return a.deadline.due < b.deadline.due;
    }));
    CHECK(ClientService(*kaisa).deadlines({std::string("ville"), {}, 30}).empty());
    kaisa.reset();
    auto ville = fx.unlock("ville", "ville passphrase");
    CHECK(ClientService(*ville).deadlines({{}, {}, 365}).empty());
}

TEST_CASE("search finds names without diacritics, by prefix, phone, identity code and number",
          "[casework][search]")
{
    CaseworkFixture fx;
    auto session = fx.unlock("anna", test::AdminPassphrase);
    ClientService clients(*session);
    auto record = client("kaisa", "Ääkkönen");
    record.person.givenNames = "Päivi";
    record.person.phone = "+358 40 123 4567";
    record.person.birthDate = domain::PartialDate::parse("1952-10-13", "birth_date");
    record.person.personalId = domain::PersonalIdentityCode::parse("131052-308T");
    const auto stored = clients.add(record);
    auto other = client("kaisa", "Virtanen");
    other.person.phone = "+358 50 999 8888";
    clients.add(other);
    auto search = [&](const std::string& text) {
        std::vector<std::string> names;
        for (const auto& summary : clients.list({text, {}, {}, {}, {}, {}})) {
            names.push_back(summary.familyName);
        }
        return names;
    };
    const std::vector<std::string> aakkonen {"Ääkkönen"};
    CHECK(search("aakkonen") == aakkonen);
    CHECK(search("Paivi Aak") == aakkonen);
    CHECK(search("040 123 4567") == aakkonen);
    CHECK(search("+358401234567") == aakkonen);
    CHECK(search("131052-308T") == aakkonen);
    CHECK(search(stored.number->toString()) == aakkonen);
    CHECK(search("virt") == std::vector<std::string> {"Virtanen"});
    CHECK(search("\"*:-(").size() == 2); // FTS syntax typed by a person is not an error
    CHECK(search("nobody").empty());
}

TEST_CASE("search follows changes of the record", "[casework][search]")
{
    CaseworkFixture fx;
    auto session = fx.unlock("anna", test::AdminPassphrase);
    ClientService clients(*session);
    auto stored = clients.add(client("kaisa", "Aho"));
    stored.person.familyName = "Berg";
    clients.update(stored.id, stored);
    CHECK(clients.list({std::string("aho"), {}, {}, {}, {}, {}}).empty());
    CHECK(clients.list({std::string("berg"), {}, {}, {}, {}, {}}).size() == 1);
}

TEST_CASE("the list filters by worker and kind", "[casework][search]")
{
    CaseworkFixture fx;
    auto session = fx.unlock("anna", test::AdminPassphrase);
    ClientService clients(*session);
    clients.add(client("kaisa", "Aho"));
    clients.add(client("ville", "Berg"));
    ClientFilter byWorker;
    byWorker.worker = "ville";
    REQUIRE(clients.list(byWorker).size() == 1);
    CHECK(clients.list(byWorker)[0].familyName == "Berg");
    ClientFilter byKind;
    byKind.kind = "child";
    CHECK(clients.list(byKind).empty());
    byKind.kind = "victim";
    CHECK(clients.list(byKind).size() == 2);
}
