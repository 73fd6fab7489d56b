#include "support/DesktopFixture.h"
#include "support/UiDriver.h"
#include "ui/main/MainWindow.h"
#include "ui/unlock/UnlockDialog.h"

#include <QTest>
#include <catch2/catch.hpp>

using namespace majakka::ui;
using namespace majakka::ui::test;

TEST_CASE("the program locks itself after the idle time", "[ui][lock]")
{
    DesktopFixture fixture;
    DesktopController& controller = fixture.controller();
    controller.start();
    REQUIRE(createDatabaseThroughUi(controller, DesktopFixture::Name, DesktopFixture::Passphrase));
    // The database's default: ten minutes.
    CHECK(controller.idleWatcher().interval() == std::chrono::minutes(10));
    CHECK(controller.idleWatcher().isActive());

    controller.idleWatcher().setInterval(150ms);
    REQUIRE(waitUntil([&] { return controller.session() == nullptr; }, 5s));
    CHECK(controller.mainWindow()->isLocked());
    REQUIRE(controller.unlockDialog());
    CHECK(controller.unlockDialog()->isVisible());
    CHECK_FALSE(controller.idleWatcher().isActive());
}

TEST_CASE("keyboard input postpones the automatic lock", "[ui][lock]")
{
    DesktopFixture fixture;
    DesktopController& controller = fixture.controller();
    controller.start();
    REQUIRE(createDatabaseThroughUi(controller, DesktopFixture::Name, DesktopFixture::Passphrase));
    controller.idleWatcher().setInterval(800ms);

    // Typing every 100 ms for longer than the interval keeps the program open...
    for (int i = 0; i < 12; ++i) {
        QTest::keyClick(controller.mainWindow(), Qt::Key_Shift);
        QTest::qWait(100);
        REQUIRE(controller.session() != nullptr);
    }
    // ...and stopping lets it lock.
    REQUIRE(waitUntil([&] { return controller.session() == nullptr; }, 5s));
}
