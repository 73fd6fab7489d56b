#include "SessionFixture.h"
#include "casework/ClientService.h"
#include "casework/DemoGenerator.h"
#include "statistics/CaseSource.h"
#include "store/Statement.h"

#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::statistics;

TEST_CASE("statistics cases read from the per-kind tables match the stored records", "[statistics]")
{
    test::SessionFixture fx;
    auto session = fx.create();
    const domain::Date today = domain::Date::fromTimePoint(session->clock().now());
    auto records = DemoGenerator::generateClients(120, 11, today, {"anna"});
    const auto split = static_cast<std::ptrdiff_t>(DemoGenerator::firstChild(records));
    std::vector<domain::ClientRecord> children(records.begin() + split, records.end());
    records.erase(records.begin() + split, records.end());
    ClientService clients(*session);
    auto stored = clients.importAll(records);
    DemoGenerator::linkChildren(children, stored);
    for (auto& child : clients.importAll(children)) {
        stored.push_back(std::move(child));
    }
    // One reopened case, so that cancelled ends are read too.
    for (auto& record : stored) {
        if (record.end) {
            record.reopenings.push_back(domain::Reopening {
                record.end->date, "Asked for help again.", record.end->date, record.end->reason});
            record.end.reset();
            record = clients.update(record.id, record);
            break;
        }
    }

    store::Statement count(session->database(), "SELECT count(*) FROM clients");
    REQUIRE(count.step());
    REQUIRE(count.columnInt(0) == static_cast<std::int64_t>(stored.size()));

    std::sort(stored.begin(), stored.end(), [](const auto& a, const auto& b) {
        return store::Id::fromHex(a.id) < store::Id::fromHex(b.id);
    });
    std::vector<StatisticsCase> expected;
    for (const auto& record : stored) {
        expected.push_back(fromRecord(record));
    }
    const std::vector<StatisticsCase> loaded = CaseSource(session->database()).all();
    REQUIRE(loaded.size() == expected.size());
    for (std::size_t i = 0; i < loaded.size(); ++i) {
        INFO("client " << stored[i].id);
        CHECK(loaded[i] == expected[i]);
    }
}
