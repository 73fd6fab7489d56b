#include "ui/main/AboutBox.h"

#include "support/DesktopFixture.h"
#include "support/UiDriver.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QMessageBox>
#include <catch2/catch.hpp>

using namespace majakka::ui;
using namespace majakka::ui::test;

TEST_CASE("Help, About names the release the project version gives", "[ui][version]")
{
    DesktopFixture fixture;
    fixture.controller().start();
    REQUIRE(createDatabaseThroughUi(fixture.controller(), DesktopFixture::Name, DesktopFixture::Passphrase));
    MainWindow* window = fixture.controller().mainWindow();
    window->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    auto* about = window->findChild<QMessageBox*>(QStringLiteral("aboutBox"));
    REQUIRE(about);
    CHECK(about->isVisible());
    // MAJAKKA_PROJECT_VERSION comes from CMake's project(VERSION) for this test alone.
    CHECK(about->text().contains(QStringLiteral("Majakka " MAJAKKA_PROJECT_VERSION)));
    about->close();
}
