#include "SessionFixture.h"
#include "casework/ClientIndex.h"
#include "casework/ClientService.h"
#include "domain/ClientJson.h"
#include "session/UserAdministration.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace majakka;

namespace {
domain::Date today()
{
    return domain::Date::fromTimePoint(Clock::system().now());
}

domain::ClientRecord client(domain::Office office, const std::string& worker, const std::string& familyName)
{
    domain::ClientRecord record = domain::exampleClient(today());
    record.person.office = office;
    record.person.worker = worker;
    record.person.familyName = familyName;
    return record;
}

// Administrator anna, caseworker kaisa, office worker olli (Oulu); Helsinki
// clients of kaisa and of ville, Oulu clients of ville; one named like an office.
struct NumberFixture : test::SessionFixture
{
    std::vector<std::string> helsinki; // numbers, in order
    std::vector<std::string> oulu;
    std::vector<std::string> kaisas;

    NumberFixture()
    {
        auto session = create();
        UserAdministration users(*session);
        users.addUser("kaisa", domain::Role::Caseworker, "kaisa passphrase", test::CheapKdf);
        users.addUser("olli", domain::Role::OfficeWorker, "olli passphrase", test::CheapKdf);
        users.setOffice("olli", domain::Office::Oulu);
        ClientService clients(*session);
        for (int i = 0; i < 12; ++i) {
            const bool mine = i % 3 != 0;
            const auto stored
                = clients.add(client(domain::Office::Helsinki, mine ? "kaisa" : "ville", "Aho"));
            helsinki.push_back(stored.number->toString());
            if (mine) {
                kaisas.push_back(stored.number->toString());
            }
        }
        for (int i = 0; i < 5; ++i) {
            oulu.push_back(clients.add(client(domain::Office::Oulu, "ville", "Berg")).number->toString());
        }
        // A name that the words of a number would find in the full-text index.
        auto named = client(domain::Office::Tampere, "ville", "Hki");
        named.person.aliases = {"Oul"};
        clients.add(named);
    }
};

std::vector<std::string> numbersOf(const std::vector<ClientSummary>& summaries)
{
    std::vector<std::string> numbers;
    for (const auto& summary : summaries) {
        numbers.push_back(summary.number);
    }
    return numbers;
}

std::vector<std::string> startingWith(const std::vector<std::string>& numbers, const std::string& prefix)
{
    std::vector<std::string> out;
    std::copy_if(numbers.begin(), numbers.end(), std::back_inserter(out), [&](const std::string& number) {
        return number.rfind(prefix, 0) == 0;
    });
    return out;
}

ClientFilter searchFor(const std::string& text)
{
    ClientFilter filter;
    filter.search = text;
    return filter;
}
} // namespace

TEST_CASE("the start of a client number finds the clients whose number starts so, in number order",
          "[casework][search]")
{
    NumberFixture fx;
    auto session = fx.unlock("anna", test::AdminPassphrase);
    ClientService clients(*session);
    const std::string year = fx.helsinki.front().substr(0, 9); // "HKI-2026-"

    CHECK(numbersOf(clients.list(searchFor("hki-"))) == fx.helsinki);
    CHECK(numbersOf(clients.list(searchFor("HKI-" + year.substr(4, 2)))) == fx.helsinki);
    CHECK(numbersOf(clients.list(searchFor(" " + year))) == fx.helsinki);
    CHECK(numbersOf(clients.list(searchFor(year + "001"))) == startingWith(fx.helsinki, year + "001"));
    CHECK(numbersOf(clients.list(searchFor(fx.helsinki[4]))) == std::vector<std::string> {fx.helsinki[4]});
    CHECK(numbersOf(clients.list(searchFor("oul-"))) == fx.oulu);
    CHECK(clients.count(searchFor("HKI-")) == fx.helsinki.size());
    CHECK(clients.list(searchFor("JNS-")).empty());
    CHECK(clients.list(searchFor("HKI-1999")).empty());

    SECTION("pages of a number search follow each other")
    {
        ClientFilter page = searchFor("HKI-");
        page.limit = 5;
        page.offset = 5;
        CHECK(numbersOf(clients.list(page))
              == std::vector<std::string>(fx.helsinki.begin() + 5, fx.helsinki.begin() + 10));
    }
    SECTION("with the other filters")
    {
        ClientFilter mine = searchFor("HKI-");
        mine.worker = "kaisa";
        CHECK(numbersOf(clients.list(mine)) == fx.kaisas);
        ClientFilter elsewhere = searchFor("HKI-");
        elsewhere.office = "oulu";
        CHECK(clients.list(elsewhere).empty());
    }
    SECTION("three letters alone are still a name")
    {
        const auto found = clients.list(searchFor("Hki"));
        CHECK(std::any_of(
            found.begin(), found.end(), [](const ClientSummary& s) { return s.familyName == "Hki"; }));
    }
}

TEST_CASE("a number search stays within the user's scope", "[casework][search][roles]")
{
    NumberFixture fx;
    {
        auto kaisa = fx.unlock("kaisa", "kaisa passphrase");
        ClientService clients(*kaisa);
        CHECK(numbersOf(clients.list(searchFor("HKI-"))) == fx.kaisas);
        CHECK(clients.count(searchFor("HKI-")) == fx.kaisas.size());
        CHECK(clients.list(searchFor("OUL-")).empty());
    }
    auto olli = fx.unlock("olli", "olli passphrase");
    ClientService clients(*olli);
    CHECK(numbersOf(clients.list(searchFor("OUL-"))) == fx.oulu);
    CHECK(clients.list(searchFor("HKI-")).empty());
}

TEST_CASE("a page of a worker's or an office's list, and a number search, read one index in number order",
          "[casework][search][store]")
{
    NumberFixture fx;
    auto session = fx.unlock("anna", test::AdminPassphrase);
    ClientIndex index(session->database());
    const ClientScope everyone;
    const ClientScope kaisa {std::string("kaisa"), std::nullopt};
    const ClientScope oulu {std::nullopt, std::string("oulu")};
    ClientFilter page;
    page.limit = 200;
    page.offset = 400;
    ClientFilter active = page;
    active.ended = false;
    ClientFilter number = page;
    number.search = "HKI-20";
    struct Case
    {
        const char* what;
        ClientFilter filter;
        ClientScope scope;
        const char* index;
    };
    for (const Case& query : {
             Case {"a caseworker's page", page, kaisa, "client_summaries_by_worker_number"},
             Case {"a caseworker's active clients", active, kaisa, "client_summaries_by_worker_number"},
             Case {"an office's page", page, oulu, "client_summaries_by_office_number"},
             Case {"everyone's page", page, everyone, "client_summaries_by_number"},
             Case {"a caseworker's number search", number, kaisa, "client_summaries_by_worker_number"},
             Case {"an office's number search", number, oulu, "client_summaries_by_office_number"},
             Case {"a number search of all", number, everyone, "client_summaries_by_number"},
         }) {
        INFO(query.what);
        const auto plan = index.plan(query.filter, query.scope);
        REQUIRE_FALSE(plan.empty());
        std::string steps;
        for (const auto& step : plan) {
            steps += step + "\n";
        }
        INFO(steps);
        CHECK(plan.front().find(std::string("USING INDEX ") + query.index) != std::string::npos);
        CHECK(steps.find("TEMP B-TREE") == std::string::npos);
        CHECK(steps.find("client_search") == std::string::npos);
    }
}

TEST_CASE("a name search starts from the full-text index, whatever the scope", "[casework][search][store]")
{
    NumberFixture fx;
    auto session = fx.unlock("anna", test::AdminPassphrase);
    ClientIndex index(session->database());
    ClientFilter name;
    name.search = "aho";
    name.limit = 200;
    for (const ClientScope& scope : {ClientScope {},
                                     ClientScope {std::string("kaisa"), std::nullopt},
                                     ClientScope {std::nullopt, std::string("oulu")}}) {
        INFO("worker " << scope.worker.value_or("-") << ", office " << scope.office.value_or("-"));
        const auto plan = index.plan(name, scope);
        REQUIRE(plan.size() >= 2);
        // Else SQLite walks the scope's index in number order and runs the
        // full-text query once for every client in it.
        CHECK(plan[0].find("SCAN TABLE client_search") == 0);
        CHECK(plan[1].find("SEARCH TABLE client_summaries AS s USING INTEGER PRIMARY KEY") == 0);
    }
}
