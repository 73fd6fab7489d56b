#include "ui/clients/ClientListPage.h"

#include "audit/AuditLog.h"
#include "session/Session.h"
#include "support/CaseworkFixture.h"
#include "support/UiDriver.h"
#include "ui/main/MainWindow.h"
#include "ui/record/ClientRecordPage.h"
#include "ui/record/RecordHeader.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

TEST_CASE("typing in the search box narrows the client list", "[ui][clients]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    MainWindow* window = fixture.window();
    ClientListPage* list = window->clientListPage();
    ClientListModel* model = list->model();
    const int everyone = model->rowCount();
    CHECK(everyone == static_cast<int>(CaseworkFixture::ClientCount));

    // Ctrl+F goes to the list and puts the cursor in the search box.
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    CHECK(window->currentPage() == MainWindow::ClientsPageIndex);
    CHECK(QApplication::focusWidget() == list->searchEdit());

    const std::string family = model->summaryAt(5)->familyName;
    typeInto(list->searchEdit(), QString::fromStdString(family));
    REQUIRE(waitUntil([&] { return model->rowCount() < everyone; }));
    REQUIRE(model->rowCount() >= 1);
    for (int row = 0; row < model->rowCount(); ++row) {
        INFO(model->summaryAt(row)->familyName);
        CHECK(QString::fromStdString(model->summaryAt(row)->familyName + " "
                                     + model->summaryAt(row)->givenNames)
                  .contains(QString::fromStdString(family), Qt::CaseInsensitive));
    }

    // Clearing the box brings everyone back.
    replaceText(list->searchEdit(), QString());
    CHECK(waitUntil([&] { return model->rowCount() == everyone; }));
}

TEST_CASE("Enter opens the selected client, and opening is audited", "[ui][clients]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    MainWindow* window = fixture.window();
    window->findAction()->trigger();
    ClientListPage* list = window->clientListPage();
    QTableView* table = list->table();
    table->setFocus();
    table->selectRow(3);
    const ClientSummary chosen = *list->model()->summaryAt(3);
    const auto viewsBefore
        = fixture.controller().session()->auditLog().forRecord(store::Id::fromHex(chosen.id));

    QTest::keyClick(table, Qt::Key_Return);

    ClientRecordPage* record = window->currentRecord();
    REQUIRE(record != nullptr);
    CHECK(record->clientId() == QString::fromStdString(chosen.id));
    CHECK(record->header()->nameText().contains(QString::fromStdString(chosen.familyName)));
    const auto viewsAfter
        = fixture.controller().session()->auditLog().forRecord(store::Id::fromHex(chosen.id));
    REQUIRE(viewsAfter.size() == viewsBefore.size() + 1);
    CHECK(viewsAfter.back().action == "client.view");
    CHECK(viewsAfter.back().user == "kaisa");
}
