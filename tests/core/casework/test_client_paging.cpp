#include "SessionFixture.h"
#include "casework/ClientService.h"
#include "casework/DemoGenerator.h"

#include <catch2/catch.hpp>

using namespace majakka;

namespace {
std::vector<std::string> idsOf(const std::vector<ClientSummary>& summaries)
{
    std::vector<std::string> ids;
    for (const auto& summary : summaries) {
        ids.push_back(summary.id);
    }
    return ids;
}
} // namespace

TEST_CASE("a client list read page by page gives every client once, in number order", "[casework][list]")
{
    test::SessionFixture fx;
    auto session = fx.create();
    ClientService clients(*session);
    const domain::Date today = domain::Date::fromTimePoint(Clock::system().now());
    auto records = DemoGenerator::generateClients(25, 7, today, {});
    records.erase(records.begin() + static_cast<std::ptrdiff_t>(DemoGenerator::firstChild(records)),
                  records.end());
    clients.importAll(std::move(records));

    const std::vector<std::string> whole = idsOf(clients.list({}));
    REQUIRE(whole.size() >= 10);

    std::vector<std::string> paged;
    ClientFilter page;
    page.limit = 4;
    for (std::size_t offset = 0;; offset += 4) {
        page.offset = offset;
        const auto rows = clients.list(page);
        CHECK(rows.size() <= 4);
        const auto ids = idsOf(rows);
        paged.insert(paged.end(), ids.begin(), ids.end());
        if (rows.size() < 4) {
            break;
        }
    }
    CHECK(paged == whole);

    SECTION("an offset past the end gives nothing")
    {
        ClientFilter past;
        past.offset = whole.size();
        CHECK(clients.list(past).empty());
    }
    SECTION("an offset without a limit skips the first rows")
    {
        ClientFilter skip;
        skip.offset = 3;
        CHECK(idsOf(clients.list(skip)) == std::vector<std::string>(whole.begin() + 3, whole.end()));
    }
}
