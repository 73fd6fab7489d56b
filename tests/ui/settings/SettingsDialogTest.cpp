#include "ui/settings/SettingsDialog.h"

#include "session/Session.h"
#include "support/DesktopFixture.h"
#include "support/UiDriver.h"
#include "ui/app/AppSettings.h"
#include "ui/main/HomePage.h"
#include "ui/main/MainWindow.h"
#include "ui/unlock/UnlockDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <catch2/catch.hpp>

using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {
SettingsDialog* openSettings(DesktopController& controller)
{
    controller.mainWindow()->settingsAction()->trigger();
    SettingsDialog* dialog = controller.settingsDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    return dialog;
}

void save(SettingsDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    click(buttons->button(QDialogButtonBox::Ok));
}
} // namespace

TEST_CASE("the auto-lock time is saved in the database and used after the next unlock", "[ui][settings]")
{
    DesktopFixture fixture;
    DesktopController& controller = fixture.controller();
    controller.start();
    REQUIRE(createDatabaseThroughUi(controller, DesktopFixture::Name, DesktopFixture::Passphrase));

    SettingsDialog* dialog = openSettings(controller);
    auto* minutes = child<QSpinBox>(dialog, "autoLockSpinBox");
    CHECK(minutes->value() == 10);
    CHECK(minutes->minimum() == 1);
    CHECK(minutes->maximum() == 1440);
    minutes->selectAll();
    QTest::keyClicks(minutes, QStringLiteral("5"));
    CHECK(minutes->value() == 5);
    save(dialog);

    REQUIRE(waitUntil([&] { return controller.settingsDialog() == nullptr; }));
    CHECK(controller.session()->autoLockAfter() == std::chrono::minutes(5));
    CHECK(controller.idleWatcher().interval() == std::chrono::minutes(5));

    controller.lock();
    REQUIRE(controller.unlockDialog());
    submitUnlock(*controller.unlockDialog(), DesktopFixture::Passphrase);
    REQUIRE(waitUntil([&] { return isShownAndUnlocked(controller); }));
    CHECK(controller.idleWatcher().interval() == std::chrono::minutes(5));
}

TEST_CASE("switching to Finnish retranslates the open windows at once", "[ui][settings][i18n]")
{
    DesktopFixture fixture;
    DesktopController& controller = fixture.controller();
    controller.start();
    REQUIRE(createDatabaseThroughUi(controller, DesktopFixture::Name, DesktopFixture::Passphrase));
    MainWindow* window = controller.mainWindow();
    CHECK(window->fileMenu()->title() == QStringLiteral("&File"));
    CHECK(window->lockAction()->text() == QStringLiteral("&Lock"));

    SettingsDialog* dialog = openSettings(controller);
    auto* language = child<QComboBox>(dialog, "languageComboBox");
    language->setFocus();
    language->setCurrentIndex(language->findData(QStringLiteral("fi")));
    CHECK(language->currentText() == QStringLiteral("suomi"));
    save(dialog);

    REQUIRE(waitUntil([&] { return window->fileMenu()->title() == QStringLiteral("&Tiedosto"); }));
    CHECK(window->lockAction()->text() == QStringLiteral("&Lukitse"));
    CHECK(window->homePage()->signedInText() == QStringLiteral("Kirjautuneena: aino (pääkäyttäjä)"));
    CHECK(AppSettings().language() == QStringLiteral("fi"));

    // The unlock dialog made after the switch is Finnish too.
    controller.lock();
    REQUIRE(controller.unlockDialog());
    CHECK(controller.unlockDialog()->windowTitle() == QStringLiteral("Avaa Majakka"));

    fixture.languages().choose(QStringLiteral("sv"));
    REQUIRE(waitUntil([&] { return window->fileMenu()->title() == QStringLiteral("&Arkiv"); }));
    CHECK(controller.unlockDialog()->windowTitle() == QStringLiteral("Lås upp Majakka"));
}

TEST_CASE("cancelling the settings changes nothing", "[ui][settings]")
{
    DesktopFixture fixture;
    DesktopController& controller = fixture.controller();
    controller.start();
    REQUIRE(createDatabaseThroughUi(controller, DesktopFixture::Name, DesktopFixture::Passphrase));

    SettingsDialog* dialog = openSettings(controller);
    child<QSpinBox>(dialog, "autoLockSpinBox")->setValue(3);
    auto* language = child<QComboBox>(dialog, "languageComboBox");
    language->setCurrentIndex(language->findData(QStringLiteral("sv")));
    QTest::keyClick(dialog, Qt::Key_Escape);

    REQUIRE(waitUntil([&] { return controller.settingsDialog() == nullptr; }));
    CHECK(controller.session()->autoLockAfter() == std::chrono::minutes(10));
    CHECK(fixture.languages().current() == QStringLiteral("en"));
}
