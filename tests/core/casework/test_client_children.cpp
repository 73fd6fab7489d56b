#include "Error.h"
#include "SessionFixture.h"
#include "casework/ClientService.h"
#include "domain/ClientJson.h"
#include "session/UserAdministration.h"

#include <catch2/catch.hpp>

using namespace majakka;

namespace {
domain::Date today()
{
    return domain::Date::fromTimePoint(Clock::system().now());
}

domain::ClientRecord adult(const std::string& worker, const std::string& familyName)
{
    domain::ClientRecord record = domain::exampleClient(today());
    record.person.worker = worker;
    record.person.familyName = familyName;
    return record;
}

domain::ClientRecord
child(const domain::ClientRecord& parent, const std::string& worker, const std::string& name)
{
    domain::ClientRecord record = adult(worker, parent.person.familyName);
    record.person.givenNames = name;
    record.person.aliases.clear();
    record.person.kind = domain::ClientKind::Child;
    record.person.birthDate = domain::PartialDate::yearOnly(today().year() - 9);
    record.person.parent = parent.id;
    return record;
}

std::vector<std::string> givenNames(const std::vector<ClientSummary>& summaries)
{
    std::vector<std::string> names;
    for (const auto& summary : summaries) {
        names.push_back(summary.givenNames);
    }
    return names;
}

// Santos (kaisa's) with children Ana and Luis (kaisa's) and Rosa (ville's);
// Korhonen (ville's) with none.
struct FamilyFixture : test::SessionFixture
{
    domain::ClientRecord santos;
    domain::ClientRecord korhonen;
    domain::ClientRecord ana;
    domain::ClientRecord luis;
    domain::ClientRecord rosa;

    FamilyFixture()
    {
        auto session = create();
        UserAdministration users(*session);
        users.addUser("kaisa", domain::Role::Caseworker, "kaisa passphrase", test::CheapKdf);
        users.addUser("ville", domain::Role::Caseworker, "ville passphrase", test::CheapKdf);
        users.addUser("olli", domain::Role::OfficeWorker, "olli passphrase", test::CheapKdf);
        users.setOffice("olli", domain::Office::Oulu);
        ClientService clients(*session);
        santos = clients.add(adult("kaisa", "Santos"));
        korhonen = clients.add(adult("ville", "Korhonen"));
        ana = clients.add(child(santos, "kaisa", "Ana"));
        rosa = clients.add(child(santos, "ville", "Rosa"));
        luis = clients.add(child(santos, "kaisa", "Luis"));
    }
};
} // namespace

TEST_CASE("a parent's children are the clients whose record names them, in number order",
          "[casework][family]")
{
    FamilyFixture fx;
    auto session = fx.unlock("anna", test::AdminPassphrase);
    ClientService clients(*session);
    const auto children = clients.children(fx.santos.id);
    CHECK(givenNames(children) == std::vector<std::string> {"Ana", "Rosa", "Luis"});
    CHECK(children.front().id == fx.ana.id);
    CHECK(children.front().number == fx.ana.number->toString());
    CHECK(children.front().kind == "child");
    CHECK(clients.children(fx.korhonen.id).empty());
    CHECK(clients.children(fx.ana.id).empty());

    SECTION("a child linked to another parent leaves the first one's children")
    {
        domain::ClientRecord moved = clients.show(fx.rosa.id);
        moved.person.parent = fx.korhonen.id;
        clients.update(fx.rosa.id, moved);
        CHECK(givenNames(clients.children(fx.santos.id)) == std::vector<std::string> {"Ana", "Luis"});
        CHECK(givenNames(clients.children(fx.korhonen.id)) == std::vector<std::string> {"Rosa"});
    }
    SECTION("an id that is not one is refused with a sentence")
    {
        CHECK_THROWS_AS(clients.children("not an id"), Error);
    }
}

TEST_CASE("a parent's children are only those the user may see", "[casework][family][roles]")
{
    FamilyFixture fx;
    {
        auto kaisa = fx.unlock("kaisa", "kaisa passphrase");
        CHECK(givenNames(ClientService(*kaisa).children(fx.santos.id))
              == std::vector<std::string> {"Ana", "Luis"});
    }
    {
        auto ville = fx.unlock("ville", "ville passphrase");
        CHECK(givenNames(ClientService(*ville).children(fx.santos.id)) == std::vector<std::string> {"Rosa"});
    }
    auto olli = fx.unlock("olli", "olli passphrase");
    CHECK(ClientService(*olli).children(fx.santos.id).empty());
}

TEST_CASE("a child's parent is found by id, only among the clients one may see", "[casework][family][roles]")
{
    FamilyFixture fx;
    {
        auto ville = fx.unlock("ville", "ville passphrase");
        ClientService clients(*ville);
        const domain::ClientRecord rosa = clients.show(fx.rosa.id);
        // Rosa is ville's client, her parent kaisa's.
        CHECK_FALSE(clients.summary(rosa.person.parent));
        CHECK(clients.summary(fx.korhonen.id)->familyName == "Korhonen");
    }
    auto kaisa = fx.unlock("kaisa", "kaisa passphrase");
    ClientService clients(*kaisa);
    const auto parent = clients.summary(clients.show(fx.ana.id).person.parent);
    REQUIRE(parent);
    CHECK(parent->id == fx.santos.id);
    CHECK(parent->number == fx.santos.number->toString());
    CHECK_FALSE(clients.summary("0123456789abcdef0123456789abcdef"));
    CHECK_FALSE(clients.summary("not an id"));
}
