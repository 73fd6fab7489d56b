#include "SessionFixture.h"
#include "casework/ClientService.h"
#include "casework/RecentClients.h"
#include "domain/ClientJson.h"
#include "session/UserAdministration.h"

#include <catch2/catch.hpp>

using namespace majakka;

namespace {
domain::Date today()
{
    return domain::Date::fromTimePoint(Clock::system().now());
}

std::string addClient(ClientService& clients, const std::string& familyName, const std::string& worker)
{
    domain::ClientRecord record = domain::exampleClient(today());
    record.person.familyName = familyName;
    record.person.worker = worker;
    return clients.add(record).id;
}

std::vector<std::string> familyNames(const std::vector<ClientSummary>& summaries)
{
    std::vector<std::string> names;
    for (const ClientSummary& summary : summaries) {
        names.push_back(summary.familyName);
    }
    return names;
}
} // namespace

TEST_CASE("recent clients are the ones this user opened, newest first, each once", "[casework][recent]")
{
    test::SessionFixture fixture;
    std::string aho, berg, koski;
    {
        auto admin = fixture.create();
        UserAdministration(*admin).addUser(
            "kaisa", domain::Role::Caseworker, "kaisa passphrase", test::CheapKdf);
        ClientService clients(*admin);
        aho = addClient(clients, "Aho", "kaisa");
        berg = addClient(clients, "Berg", "kaisa");
        koski = addClient(clients, "Koski", "kaisa");
        // The administrator's own views are not kaisa's.
        clients.show(koski);
    }
    auto kaisa = fixture.unlock("kaisa", "kaisa passphrase");
    ClientService clients(*kaisa);
    CHECK(recentClients(*kaisa, clients.scope(), 5).empty());

    clients.show(aho);
    clients.show(berg);
    clients.show(aho);
    CHECK(familyNames(recentClients(*kaisa, clients.scope(), 5)) == std::vector<std::string> {"Aho", "Berg"});
    CHECK(familyNames(recentClients(*kaisa, clients.scope(), 1)) == std::vector<std::string> {"Aho"});
    CHECK(recentClients(*kaisa, clients.scope(), 0).empty());

    // Listing and changing are not opening.
    clients.list({});
    domain::ClientRecord record = clients.show(berg);
    record.person.phone = "+358 40 123 4567";
    clients.update(berg, record);
    clients.show(koski);
    CHECK(familyNames(recentClients(*kaisa, clients.scope(), 5))
          == std::vector<std::string> {"Koski", "Berg", "Aho"});
}

TEST_CASE("recent clients leave out the ones the user may no longer see", "[casework][recent]")
{
    test::SessionFixture fixture;
    std::string aho, berg;
    {
        auto admin = fixture.create();
        UserAdministration(*admin).addUser(
            "kaisa", domain::Role::Caseworker, "kaisa passphrase", test::CheapKdf);
        ClientService clients(*admin);
        aho = addClient(clients, "Aho", "kaisa");
        berg = addClient(clients, "Berg", "kaisa");
    }
    {
        auto kaisa = fixture.unlock("kaisa", "kaisa passphrase");
        ClientService clients(*kaisa);
        clients.show(aho);
        clients.show(berg);
    }
    {
        // The administrator gives Berg to another worker.
        auto admin = fixture.unlock("anna", test::AdminPassphrase);
        ClientService clients(*admin);
        domain::ClientRecord record = clients.show(berg);
        record.person.worker = "ville";
        clients.update(berg, record);
    }
    auto kaisa = fixture.unlock("kaisa", "kaisa passphrase");
    ClientService clients(*kaisa);
    CHECK(familyNames(recentClients(*kaisa, clients.scope(), 5)) == std::vector<std::string> {"Aho"});
}

TEST_CASE("recent clients look back over a bounded stretch of the audit log", "[casework][recent]")
{
    test::SessionFixture fixture;
    auto admin = fixture.create();
    ClientService clients(*admin);
    const std::string aho = addClient(clients, "Aho", "");
    clients.show(aho);
    // Each add writes one entry; ten of them push the view out of a window of five.
    for (int i = 0; i < 10; ++i) {
        addClient(clients, "Muu", "");
    }
    CHECK(familyNames(recentClients(*admin, clients.scope(), 5, 20)) == std::vector<std::string> {"Aho"});
    CHECK(recentClients(*admin, clients.scope(), 5, 5).empty());
}
