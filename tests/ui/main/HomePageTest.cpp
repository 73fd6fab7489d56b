#include "ui/main/HomePage.h"

#include "support/CaseworkFixture.h"
#include "support/UiDriver.h"
#include "ui/clients/ClientListModel.h"
#include "ui/clients/ClientListPage.h"
#include "ui/common/Today.h"
#include "ui/main/DeadlineListModel.h"
#include "ui/main/MainWindow.h"
#include "ui/record/ClientRecordPage.h"

#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

TEST_CASE("the home page lists my deadlines, overdue first, and Enter opens the client", "[ui][home]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    MainWindow* window = fixture.window();
    HomePage* home = window->homePage();
    CHECK(window->currentPage() == MainWindow::HomePageIndex);
    REQUIRE(waitUntil([&] { return home->hasFigures(); }));

    ClientFilter active;
    active.ended = false;
    const auto activeCount = fixture.service().list(active).size();
    CHECK(home->activeCasesText() == QStringLiteral("You have %1 active clients.").arg(activeCount));

    DeadlineFilter mine;
    mine.days = HomePage::DeadlineDays;
    const auto deadlines = fixture.service().deadlines(mine);
    QTableView* table = home->deadlineTable();
    REQUIRE(table->model()->rowCount() == static_cast<int>(deadlines.size()));
    REQUIRE_FALSE(deadlines.empty());
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        CHECK(domain::daysBetween(home->deadlines()->deadlineAt(row)->deadline.due, today()) <= 30);
    }

    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    ClientRecordPage* record = window->currentRecord();
    REQUIRE(record != nullptr);
    CHECK(record->clientId() == QString::fromStdString(deadlines.front().client.id));
}

TEST_CASE("a client I open appears first among my recent clients, and Enter there opens it again",
          "[ui][home]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    MainWindow* window = fixture.window();
    HomePage* home = window->homePage();
    REQUIRE(waitUntil([&] { return home->hasFigures(); }));
    CHECK(home->recentList()->count() == 0);

    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    ClientListPage* list = window->clientListPage();
    list->table()->setFocus();
    const ClientSummary first = *list->model()->summaryAt(4);
    const ClientSummary second = *list->model()->summaryAt(7);
    for (int row : {4, 7}) {
        list->table()->selectRow(row);
        QTest::keyClick(list->table(), Qt::Key_Return);
        REQUIRE(window->currentRecord() != nullptr);
        window->closeRecord(window->currentRecord());
    }

    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    CHECK(window->currentPage() == MainWindow::HomePageIndex);
    QListWidget* recent = home->recentList();
    REQUIRE(waitUntil([&] { return recent->count() == 2; }));
    CHECK(recent->item(0)->text().contains(QString::fromStdString(second.number)));
    CHECK(recent->item(1)->text().contains(QString::fromStdString(first.number)));

    recent->setFocus();
    recent->setCurrentRow(1);
    QTest::keyClick(recent, Qt::Key_Return);
    REQUIRE(window->currentRecord() != nullptr);
    CHECK(window->currentRecord()->clientId() == QString::fromStdString(first.id));
}
