#include "SessionFixture.h"
#include "casework/ClientService.h"
#include "casework/ClientTables.h"
#include "casework/DemoGenerator.h"
#include "domain/ClientJson.h"
#include "domain/Deadlines.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace majakka;
using domain::DeadlineKind;

namespace {
domain::Date today()
{
    return domain::Date::fromTimePoint(Clock::system().now());
}

// The example client with a court date `courtIn` days from today (negative:
// past) and a needs reassessment due `reassessIn` days from today.
domain::ClientRecord client(const std::string& familyName, int courtIn, int reassessIn)
{
    domain::ClientRecord record = domain::exampleClient(today());
    record.person.familyName = familyName;
    record.legalSteps.back().courtDate = today().addDays(courtIn);
    record.needsAssessment->reassessmentDate = today().addDays(reassessIn);
    return record;
}

std::vector<std::string> described(const std::vector<ClientDeadline>& deadlines)
{
    std::vector<std::string> out;
    for (const auto& [client, deadline] : deadlines) {
        out.push_back(client.familyName + " " + std::string(domain::nameOf(deadline.kind)) + " "
                      + std::to_string(domain::daysBetween(today(), deadline.due)));
    }
    return out;
}
} // namespace

TEST_CASE("the deadlines list leaves out an event more than 30 days past but keeps a task however late",
          "[casework][deadlines]")
{
    test::SessionFixture fx;
    auto session = fx.create();
    ClientService clients(*session);
    clients.add(client("Aho", -31, 60));
    clients.add(client("Berg", -30, -40));
    clients.add(client("Cruz", -5, 10));
    // The reflection periods end months ahead and the permit decisions are 3 months off.
    CHECK(described(clients.deadlines({{}, {}, 30}))
          == std::vector<std::string> {
              "Berg reassessment_due -40",
              "Berg court_date -30",
              "Cruz court_date -5",
              "Cruz reassessment_due 10",
          });
}

TEST_CASE("the deadlines list is what the stored deadlines leave when isShownOn is asked of each",
          "[casework][deadlines]")
{
    test::SessionFixture fx;
    auto session = fx.create();
    ClientService clients(*session);
    auto records = DemoGenerator::generateClients(300, 11, today(), {});
    records.erase(records.begin() + static_cast<std::ptrdiff_t>(DemoGenerator::firstChild(records)),
                  records.end());
    clients.importAll(std::move(records));
    // Events just past and long past beside the demo's.
    clients.add(client("Aho", -31, 60));
    clients.add(client("Cruz", -5, 10));

    for (const int days : {0, 30, 365}) {
        INFO("days ahead: " << days);
        const auto stored = ClientTables(session->database()).deadlinesUntil(today().addDays(days), {}, {});
        std::vector<std::pair<std::string, domain::Deadline>> expected;
        std::size_t hidden = 0;
        for (const auto& [id, deadline] : stored) {
            if (domain::isShownOn(deadline, today())) {
                expected.emplace_back(id.hex(), deadline);
            } else {
                ++hidden;
            }
        }
        std::vector<std::pair<std::string, domain::Deadline>> shown;
        for (const auto& [summary, deadline] : clients.deadlines({{}, {}, days})) {
            shown.emplace_back(summary.id, deadline);
        }
        CHECK(shown == expected);
        // The demo's cases have both kinds of overdue entry for the rule to sort out.
        CHECK(hidden > 0);
        CHECK(std::any_of(expected.begin(), expected.end(), [](const auto& entry) {
            return domain::isEvent(entry.second.kind) && entry.second.due < today();
        }));
    }
}
