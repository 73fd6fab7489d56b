#include "session/Session.h"
#include "support/DesktopFixture.h"
#include "support/UiDriver.h"
#include "ui/main/HomePage.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/unlock/CreateDatabaseDialog.h"
#include "ui/unlock/UnlockDialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {
void activate(QWidget* window)
{
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
}
} // namespace

TEST_CASE("Ctrl+L locks, a wrong passphrase is refused in place, the right one returns", "[ui][lock]")
{
    DesktopFixture fixture;
    DesktopController& controller = fixture.controller();
    controller.start();
    REQUIRE(createDatabaseThroughUi(controller, DesktopFixture::Name, DesktopFixture::Passphrase));
    MainWindow* window = controller.mainWindow();
    activate(window);
    const QRect geometry = window->geometry();

    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);

    REQUIRE(waitUntil([&] { return controller.unlockDialog() && controller.unlockDialog()->isVisible(); }));
    CHECK(controller.session() == nullptr);
    CHECK(window->isLocked());
    CHECK(window->homePage()->signedInText().isEmpty());
    CHECK_FALSE(window->lockAction()->isEnabled());
    UnlockDialog* unlock = controller.unlockDialog();
    CHECK(unlock->databasePath() == fixture.databasePath());
    // Remembered in memory from before the lock, so only the passphrase is asked.
    CHECK(child<QLineEdit>(unlock, "userNameEdit")->text() == DesktopFixture::Name);

    SECTION("wrong passphrase")
    {
        submitUnlock(*unlock, QStringLiteral("not the passphrase"));
        REQUIRE(waitUntil([&] { return !unlock->errorText().isEmpty(); }));
        CHECK(unlock->errorText() == QStringLiteral("The user name or passphrase is wrong."));
        CHECK(controller.unlockDialog() == unlock);
        CHECK(unlock->isVisible());
        CHECK(controller.session() == nullptr);
        auto* passphrase = child<QLineEdit>(unlock, "passphraseEdit");
        CHECK(passphrase->text().isEmpty());
        CHECK(unlock->focusWidget() == passphrase);

        typeInto(passphrase, DesktopFixture::Passphrase);
        QTest::keyClick(passphrase, Qt::Key_Return);
        REQUIRE(waitUntil([&] { return isShownAndUnlocked(controller); }));
        CHECK(controller.unlockDialog() == nullptr);
        CHECK(window->homePage()->signedInText() == QStringLiteral("Signed in as aino (administrator)"));
        CHECK(window->geometry() == geometry);
    }
    SECTION("unknown user")
    {
        replaceText(child<QLineEdit>(unlock, "userNameEdit"), QStringLiteral("someone else"));
        submitUnlock(*unlock, DesktopFixture::Passphrase);
        REQUIRE(waitUntil([&] { return !unlock->errorText().isEmpty(); }));
        CHECK(unlock->errorText() == QStringLiteral("The user name or passphrase is wrong."));
        CHECK(controller.session() == nullptr);
    }
}

TEST_CASE("locking closes an open settings dialog", "[ui][lock]")
{
    DesktopFixture fixture;
    DesktopController& controller = fixture.controller();
    controller.start();
    REQUIRE(createDatabaseThroughUi(controller, DesktopFixture::Name, DesktopFixture::Passphrase));
    controller.mainWindow()->settingsAction()->trigger();
    QPointer<SettingsDialog> settings = controller.settingsDialog();
    REQUIRE(settings);
    REQUIRE(settings->isVisible());
    activate(settings);

    // Ctrl+L works inside the modal dialog too.
    QTest::keyClick(settings, Qt::Key_L, Qt::ControlModifier);

    REQUIRE(waitUntil([&] { return controller.session() == nullptr; }));
    REQUIRE(waitUntil([&] { return settings.isNull(); }));
    CHECK(controller.settingsDialog() == nullptr);
    REQUIRE(controller.unlockDialog());
    CHECK(controller.unlockDialog()->isVisible());
}

TEST_CASE("Ctrl+L in the About box locks and closes it", "[ui][lock]")
{
    DesktopFixture fixture;
    DesktopController& controller = fixture.controller();
    controller.start();
    REQUIRE(createDatabaseThroughUi(controller, DesktopFixture::Name, DesktopFixture::Passphrase));
    MainWindow* window = controller.mainWindow();
    window->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    QPointer<QMessageBox> about = window->findChild<QMessageBox*>(QStringLiteral("aboutBox"));
    REQUIRE(about);
    REQUIRE(about->isVisible());
    activate(about);

    QTest::keyClick(about, Qt::Key_L, Qt::ControlModifier);

    REQUIRE(waitUntil([&] { return controller.session() == nullptr; }));
    REQUIRE(waitUntil([&] { return about.isNull(); }));
    CHECK(window->isLocked());
}
