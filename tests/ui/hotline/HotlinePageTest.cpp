#include "ui/hotline/HotlinePage.h"

#include "casework/HotlineLog.h"
#include "session/Session.h"
#include "support/CaseworkFixture.h"
#include "support/KeyboardDriver.h"
#include "support/UiDriver.h"
#include "ui/common/Today.h"
#include "ui/main/MainWindow.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

TEST_CASE("an anonymous hotline call is logged with a few keys and listed first", "[ui][hotline]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    MainWindow* window = fixture.window();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));

    // Ctrl+3, three choices by their first letters, Enter: eleven keys in all.
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    HotlinePage* page = window->hotlinePage();
    CHECK(window->currentPage() == MainWindow::HotlinePageIndex);
    REQUIRE(focused() == page->callerTypeBox());
    CHECK(page->callerTypeBox()->currentIndex() == -1);
    typeText(QStringLiteral("Re")); // Relative or friend
    press(Qt::Key_Tab);
    typeText(QStringLiteral("La")); // Labour exploitation
    press(Qt::Key_Tab);
    typeText(QStringLiteral("In")); // Information given
    press(Qt::Key_Return);

    REQUIRE(waitUntil([&] { return !page->statusText().isEmpty(); }));
    CHECK(page->statusText().startsWith(QStringLiteral("Call logged")));
    const auto calls = HotlineLog(*fixture.controller().session()).all();
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].callerType == domain::HotlineCallerType::RelativeOrFriend);
    CHECK(calls[0].topic == domain::HotlineTopic::LabourExploitation);
    CHECK(calls[0].outcome == domain::HotlineOutcome::InformationGiven);
    CHECK(calls[0].date == today());
    CHECK_FALSE(calls[0].referralFollowed);

    QTableWidget* table = page->callTable();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Relative or friend"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Labour exploitation"));

    // Ready for the next call: nothing chosen, the cursor on the first choice.
    CHECK(page->callerTypeBox()->currentIndex() == -1);
    CHECK(focused() == page->callerTypeBox());
    CHECK_FALSE(child<QAbstractButton>(page, "hotlineLogButton")->isEnabled());
    // Enter with nothing chosen logs nothing.
    press(Qt::Key_Return);
    QTest::qWait(50);
    CHECK(HotlineLog(*fixture.controller().session()).all().size() == 1);
}
