#include "Error.h"
#include "SessionFixture.h"
#include "casework/ClientIndex.h"
#include "casework/ClientService.h"
#include "domain/ClientJson.h"
#include "session/UserAdministration.h"
#include "store/OperationLog.h"
#include "store/Statement.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace majakka;

namespace {
domain::Date today()
{
    return domain::Date::fromTimePoint(Clock::system().now());
}

domain::ClientRecord client(domain::Office office, const std::string& familyName)
{
    domain::ClientRecord record = domain::exampleClient(today());
    record.person.office = office;
    record.person.familyName = familyName;
    return record;
}

struct OfficeFixture : test::SessionFixture
{
    OfficeFixture()
    {
        auto session = create();
        UserAdministration users(*session);
        users.addUser("olli", domain::Role::OfficeWorker, "olli passphrase", test::CheapKdf);
        users.addUser("outi", domain::Role::OfficeWorker, "outi passphrase", test::CheapKdf);
        users.setOffice("olli", domain::Office::Oulu);
        ClientService clients(*session);
        clients.add(client(domain::Office::Oulu, "Pohjola"));
        clients.add(client(domain::Office::Helsinki, "Etelä"));
    }
};

std::vector<std::string> familyNames(const std::vector<ClientSummary>& summaries)
{
    std::vector<std::string> names;
    for (const auto& summary : summaries) {
        names.push_back(summary.familyName);
    }
    return names;
}

std::vector<std::string> fieldsOf(const std::vector<store::Operation>& operations, std::size_t from)
{
    std::vector<std::string> fields;
    for (std::size_t i = from; i < operations.size(); ++i) {
        fields.push_back(operations[i].field);
    }
    return fields;
}
} // namespace

TEST_CASE("an office worker sees and changes the clients of their office only", "[casework][roles]")
{
    OfficeFixture fx;
    const auto others = [&] {
        auto admin = fx.unlock("anna", test::AdminPassphrase);
        return ClientService(*admin).list({});
    }();
    REQUIRE(others.size() == 2);
    auto session = fx.unlock("olli", "olli passphrase");
    ClientService clients(*session);
    const auto visible = clients.list({});
    CHECK(familyNames(visible) == std::vector<std::string> {"Pohjola"});
    const auto helsinki = std::find_if(
        others.begin(), others.end(), [](const ClientSummary& s) { return s.office == "helsinki"; });
    CHECK_THROWS_AS(clients.show(helsinki->id), Error);

    // Moving a client to another office is a change the office worker may not make.
    domain::ClientRecord own = clients.show(visible.at(0).id);
    own.person.office = domain::Office::Tampere;
    try {
        clients.update(own.id, own);
        FAIL("no error");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Permission);
        CHECK(error.field() == "office");
    }
}

TEST_CASE("an office worker with no office yet sees no clients", "[casework][roles]")
{
    OfficeFixture fx;
    auto session = fx.unlock("outi", "outi passphrase");
    CHECK(ClientService(*session).list({}).empty());
    CHECK(ClientService(*session).deadlines({std::nullopt, std::nullopt, 10000}).empty());
}

TEST_CASE("changing one value of a measure records one operation for that value", "[casework][fields]")
{
    OfficeFixture fx;
    auto session = fx.unlock("anna", test::AdminPassphrase);
    ClientService clients(*session);
    domain::ClientRecord record = clients.add(client(domain::Office::Tampere, "Mäkinen"));
    const store::Id id = store::Id::fromHex(record.id);
    store::OperationLog log(session->database(), session->clock());
    const std::size_t before = log.operations(id).size();

    REQUIRE(record.measures.size() >= 2);
    record.measures[1].note = "Moved to a new provider.";
    clients.update(record.id, record);
    CHECK(fieldsOf(log.operations(id), before)
          == std::vector<std::string> {"measures[" + record.measures[1].id + "].note"});

    // Removing an entry clears its values and its presence; adding one names it.
    const std::size_t beforeRemoval = log.operations(id).size();
    const std::string removedId = record.measures[1].id;
    record.measures.erase(record.measures.begin() + 1);
    domain::ClientRecord stored = clients.update(record.id, record);
    for (const auto& field : fieldsOf(log.operations(id), beforeRemoval)) {
        CHECK(field.rfind("measures[" + removedId + "]", 0) == 0);
    }
    CHECK(clients.show(record.id).measures.size() == record.measures.size());

    stored.contacts.push_back(stored.contacts.back());
    stored.contacts.back().id.clear();
    stored = clients.update(stored.id, stored);
    CHECK(!stored.contacts.back().id.empty());
    CHECK(stored.contacts.back().id > stored.contacts.front().id);
    CHECK(clients.show(stored.id) == stored);
}

TEST_CASE("a change can be undone and redone while nobody else changed the client", "[casework][undo]")
{
    OfficeFixture fx;
    auto session = fx.unlock("anna", test::AdminPassphrase);
    ClientService clients(*session);
    const domain::ClientRecord original = clients.add(client(domain::Office::Joutseno, "Virtanen"));

    domain::ClientRecord edited = original;
    edited.person.phone = "+358 40 111 2222";
    const ClientChange change = clients.change(original.id, edited);
    CHECK(change.before == original);
    CHECK(clients.show(original.id).person.phone == "+358 40 111 2222");

    CHECK(clients.undo(change) == original);
    CHECK(clients.show(original.id) == original);
    CHECK_THROWS_AS(clients.undo(change), Error); // undone already: the record no longer shows `after`
    CHECK(clients.redo(change).person.phone == "+358 40 111 2222");

    // Someone else changes the client: the undo would overwrite their change, so it is refused.
    domain::ClientRecord later = clients.show(original.id);
    later.person.email = "virtanen@example.org";
    clients.update(later.id, later);
    try {
        clients.undo(change);
        FAIL("no error");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Invalid);
    }
    CHECK(clients.show(original.id).person.email == "virtanen@example.org");
}

TEST_CASE("undoing the end of assistance opens the case again", "[casework][undo]")
{
    OfficeFixture fx;
    auto session = fx.unlock("anna", test::AdminPassphrase);
    ClientService clients(*session);
    const domain::ClientRecord original = clients.add(client(domain::Office::Oulu, "Lahti"));
    const ClientChange ended = clients.end(original.id, {today(), domain::EndReason::Returned, ""});
    CHECK(clients.show(original.id).isEnded());
    CHECK(!clients.undo(ended).isEnded());
}

TEST_CASE("a client number given out twice is flagged and can be renumbered", "[casework][numbers]")
{
    OfficeFixture fx;
    auto session = fx.unlock("anna", test::AdminPassphrase);
    ClientService clients(*session);
    const domain::ClientRecord first = clients.add(client(domain::Office::Tampere, "Ensimmäinen"));
    domain::ClientRecord second = clients.add(client(domain::Office::Tampere, "Toinen"));
    // Two laptops numbering offline: after the merge the second holds the first's number.
    {
        store::Transaction transaction(session->database());
        store::OperationLog log(session->database(), session->clock());
        log.write(store::Id::fromHex(second.id),
                  "client",
                  {{"number", "\"" + first.number->toString() + "\""}},
                  "elsewhere");
        second.number = first.number;
        ClientIndex(session->database()).update(store::Id::fromHex(second.id), second);
        transaction.commit();
    }
    ClientFilter tampere;
    tampere.office = "tampere";
    for (const auto& summary : clients.list(tampere)) {
        CHECK(summary.numberTakenTwice);
    }
    const ClientChange renumbered = clients.renumber(second.id);
    CHECK(renumbered.after.number->sequence > first.number->sequence);
    for (const auto& summary : clients.list(tampere)) {
        CHECK_FALSE(summary.numberTakenTwice);
    }
    CHECK(clients.show(second.id).number == renumbered.after.number);
}

TEST_CASE("clients stored before the per-kind tables existed are filled in once", "[casework][tables]")
{
    OfficeFixture fx;
    auto session = fx.unlock("anna", test::AdminPassphrase);
    const auto count = [&](const char* table) {
        store::Statement query(session->database(), std::string("SELECT count(*) FROM ") + table);
        query.step();
        return query.columnInt(0);
    };
    REQUIRE(count("clients") == 2);
    const auto referrals = count("referrals");
    const auto deadlines = count("deadlines");
    // As a database migrated from schema 4 is: clients in the log, none in the tables.
    for (const char* table : {"clients", "referrals", "support_measures", "deadlines"}) {
        session->database().exec(std::string("DELETE FROM ") + table);
    }
    session->database().exec("INSERT INTO meta (key, value) VALUES ('client_tables_stale', x'01')");
    ClientService clients(*session);
    CHECK(count("clients") == 2);
    CHECK(count("referrals") == referrals);
    CHECK(count("deadlines") == deadlines);
    store::Statement flag(session->database(), "SELECT count(*) FROM meta WHERE key = 'client_tables_stale'");
    flag.step();
    CHECK(flag.columnInt(0) == 0);
}

TEST_CASE("counting clients gives what the list would, within the user's scope", "[casework][search]")
{
    OfficeFixture fx;
    {
        auto admin = fx.unlock("anna", test::AdminPassphrase);
        ClientService clients(*admin);
        clients.add(client(domain::Office::Oulu, "Kivelä"));
        ClientFilter all;
        CHECK(clients.count(all) == 3);
        ClientFilter named;
        named.search = "kiv";
        CHECK(clients.count(named) == clients.list(named).size());
        ClientFilter limited;
        limited.limit = 1;
        CHECK(clients.count(limited) == 3); // the limit pages the list; the count is of all
    }
    auto olli = fx.unlock("olli", "olli passphrase");
    ClientService clients(*olli);
    CHECK(clients.count({}) == 2);
    CHECK(clients.count({}) == clients.list({}).size());
}
