#include "ui/main/HomePage.h"

#include "support/CaseworkFixture.h"
#include "support/UiDriver.h"
#include "ui/main/MainWindow.h"
#include "ui/record/ClientRecordPage.h"

#include <QTableWidget>
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

    ClientFilter active;
    active.ended = false;
    const auto activeCount = fixture.service().list(active).size();
    CHECK(home->activeCasesText() == QStringLiteral("You have %1 active clients.").arg(activeCount));

    DeadlineFilter mine;
    mine.days = HomePage::DeadlineDays;
    const auto deadlines = fixture.service().deadlines(mine);
    QTableWidget* table = home->deadlineTable();
    REQUIRE(table->rowCount() == static_cast<int>(deadlines.size()));
    REQUIRE_FALSE(deadlines.empty());

    table->setFocus();
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_Return);
    ClientRecordPage* record = window->currentRecord();
    REQUIRE(record != nullptr);
    CHECK(record->clientId() == QString::fromStdString(deadlines.front().client.id));
}
