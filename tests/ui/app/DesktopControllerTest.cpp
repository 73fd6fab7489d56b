#include "session/Session.h"
#include "support/DesktopFixture.h"
#include "support/UiDriver.h"
#include "ui/main/MainWindow.h"
#include "ui/unlock/CreateDatabaseDialog.h"
#include "ui/unlock/UnlockDialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace majakka::ui;
using namespace majakka::ui::test;

TEST_CASE("cancelling the first-run dialog quits", "[ui][app]")
{
    DesktopFixture fixture;
    QSignalSpy quit(&fixture.controller(), &DesktopController::quitRequested);
    fixture.controller().start();
    REQUIRE(fixture.controller().createDialog());
    QTest::keyClick(fixture.controller().createDialog(), Qt::Key_Escape);
    CHECK(quit.count() == 1);
    CHECK(fixture.controller().session() == nullptr);
}

TEST_CASE("quitting from the main window closes the session", "[ui][app]")
{
    DesktopFixture fixture;
    QSignalSpy quit(&fixture.controller(), &DesktopController::quitRequested);
    fixture.controller().start();
    REQUIRE(createDatabaseThroughUi(fixture.controller(), DesktopFixture::Name, DesktopFixture::Passphrase));
    fixture.controller().mainWindow()->quitAction()->trigger();
    CHECK(quit.count() == 1);
    CHECK(fixture.controller().session() == nullptr);
}

TEST_CASE("locking twice or without a session does nothing", "[ui][app]")
{
    DesktopFixture fixture;
    QSignalSpy locked(&fixture.controller(), &DesktopController::locked);
    fixture.controller().start();
    fixture.controller().lock();
    CHECK(locked.count() == 0);
    REQUIRE(createDatabaseThroughUi(fixture.controller(), DesktopFixture::Name, DesktopFixture::Passphrase));
    fixture.controller().lock();
    fixture.controller().lock();
    CHECK(locked.count() == 1);
}

TEST_CASE("after a restart the last database is offered for unlocking", "[ui][unlock]")
{
    DesktopFixture fixture;
    fixture.controller().start();
    REQUIRE(createDatabaseThroughUi(fixture.controller(), DesktopFixture::Name, DesktopFixture::Passphrase));

    fixture.restart();
    fixture.controller().start();
    CHECK(fixture.controller().createDialog() == nullptr);
    UnlockDialog* unlock = fixture.controller().unlockDialog();
    REQUIRE(unlock);
    CHECK(unlock->databasePath() == fixture.databasePath());
    // Nothing remembered the user name across the restart.
    CHECK(child<QLineEdit>(unlock, "userNameEdit")->text().isEmpty());

    // The database's only user can leave the name out.
    submitUnlock(*unlock, DesktopFixture::Passphrase);
    REQUIRE(waitUntil([&] { return isShownAndUnlocked(fixture.controller()); }));
    CHECK(fixture.controller().session()->user().name == "aino");
}

TEST_CASE("a database path on the command line that does not exist yet is where the new one goes",
          "[ui][unlock]")
{
    DesktopFixture fixture;
    const QString wanted = QDir(fixture.folder()).filePath(QStringLiteral("office/kaisa.db"));
    fixture.restart(wanted);
    fixture.controller().start();
    REQUIRE(fixture.controller().createDialog());
    CHECK(child<QLineEdit>(fixture.controller().createDialog(), "databasePathEdit")->text() == wanted);
    REQUIRE(createDatabaseThroughUi(fixture.controller(), DesktopFixture::Name, DesktopFixture::Passphrase));
    CHECK(QFile::exists(wanted));
}
