#include "ui/clients/ClientListModel.h"

#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::ui;

namespace {
// A stand-in for ClientService::list over `count` clients numbered in order,
// counting the queries it answers.
struct FakeClients
{
    std::size_t count;
    int queries = 0;

    std::vector<ClientSummary> operator()(const ClientFilter& filter)
    {
        ++queries;
        std::vector<ClientSummary> rows;
        const std::size_t first = filter.offset.value_or(0);
        const std::size_t end = filter.limit ? std::min(count, first + *filter.limit) : count;
        for (std::size_t i = first; i < end; ++i) {
            char number[32];
            std::snprintf(number, sizeof number, "HKI-2026-%05zu", i + 1);
            ClientSummary row;
            row.id = std::to_string(i);
            row.number = number;
            row.givenNames = "Given";
            // Names run backwards against the numbers.
            char family[32];
            std::snprintf(family, sizeof family, "Family%05zu", count - i);
            row.familyName = family;
            row.kind = "victim";
            row.office = "helsinki";
            row.numberTakenTwice = i == 1;
            rows.push_back(row);
        }
        return rows;
    }
};
} // namespace

TEST_CASE("the client list fetches a page at a time as the view asks", "[ui][clients]")
{
    FakeClients clients {450};
    ClientListModel model;
    model.setQuery(ClientListModel::immediate([&](const ClientFilter& filter) { return clients(filter); }));
    CHECK(model.rowCount() == static_cast<int>(ClientListModel::PageSize));
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 400);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.summaryAt(449)->number == "HKI-2026-00450");
}

TEST_CASE("sorting by name fetches every matching row first, then sorts", "[ui][clients]")
{
    FakeClients clients {450};
    ClientListModel model;
    model.setQuery(ClientListModel::immediate([&](const ClientFilter& filter) { return clients(filter); }));
    model.sort(ClientListModel::NameColumn, Qt::AscendingOrder);
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.summaryAt(0)->familyName == "Family00001");
    CHECK(model.summaryAt(449)->familyName == "Family00450");

    // Back to number order: paged again.
    model.sort(ClientListModel::NumberColumn, Qt::AscendingOrder);
    CHECK(model.rowCount() == static_cast<int>(ClientListModel::PageSize));
    CHECK(model.summaryAt(0)->number == "HKI-2026-00001");
}

TEST_CASE("a number used twice is marked in words, not by colour alone", "[ui][clients]")
{
    FakeClients clients {3};
    ClientListModel model;
    model.setQuery(ClientListModel::immediate([&](const ClientFilter& filter) { return clients(filter); }));
    CHECK(model.data(model.index(0, ClientListModel::NumberColumn)).toString()
          == QStringLiteral("HKI-2026-00001"));
    CHECK(model.data(model.index(1, ClientListModel::NumberColumn)).toString()
          == QStringLiteral("HKI-2026-00002 (number used twice)"));
}

TEST_CASE("an answer overtaken by a newer filter is dropped, and the list keeps its rows until then",
          "[ui][clients]")
{
    // Answers are held back and given in the order the test chooses, as the worker thread might.
    std::vector<std::pair<ClientFilter, ClientListModel::Reply>> waiting;
    FakeClients clients {450};
    ClientListModel model;
    model.setQuery([&](const ClientFilter& filter,
                       const ClientListModel::Arrange&,
                       ClientListModel::Reply reply) { waiting.emplace_back(filter, std::move(reply)); });
    REQUIRE(waiting.size() == 1);
    waiting[0].second(clients(waiting[0].first));
    CHECK(model.rowCount() == static_cast<int>(ClientListModel::PageSize));

    ClientFilter first;
    first.search = "first";
    model.setFilter(first);
    ClientFilter second;
    second.search = "second";
    model.setFilter(second);
    REQUIRE(waiting.size() == 3);
    CHECK(model.isLoading());
    // Nothing more is fetched while the answer is awaited, and the old rows stay in view.
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.rowCount() == static_cast<int>(ClientListModel::PageSize));

    ClientListModel::Rows three(3);
    three[0].id = "a";
    three[1].id = "b";
    three[2].id = "c";
    waiting[2].second(three);
    CHECK_FALSE(model.isLoading());
    CHECK(model.rowCount() == 3);
    // The first filter's answer comes last and is not shown.
    waiting[1].second(clients(waiting[1].first));
    CHECK(model.rowCount() == 3);
    CHECK(model.summaryAt(0)->id == "a");
}
