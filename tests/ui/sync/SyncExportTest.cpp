#include "session/Session.h"
#include "sync/SyncDriver.h"
#include "sync/SyncService.h"
#include "ui/common/ErrorLabel.h"
#include "ui/main/MainWindow.h"
#include "ui/sync/ExportPage.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {

ExportPage* openExport(SyncFixture& fixture)
{
    SyncActions& sync = fixture.sync();
    REQUIRE(sync.exportAction()->isEnabled());
    sync.exportAction()->trigger();
    REQUIRE(sync.syncDialog());
    REQUIRE(sync.syncDialog()->isVisible());
    REQUIRE(sync.syncDialog()->tabs()->currentIndex() == SyncDialog::ExportTab);
    return sync.syncDialog()->exportPage();
}

} // namespace

TEST_CASE("an export to a trusted device writes a package that device imports", "[ui][sync]")
{
    SyncFixture fixture;
    REQUIRE(fixture.unlockAs(SyncFixture::Caseworker));
    // Something the laptop has not seen yet.
    SyncFixture::changeFamilyName(*fixture.controller().session(), "Toimistolainen");

    ExportPage* page = openExport(fixture);
    REQUIRE(page->deviceBox()->count() == 2);
    page->deviceBox()->setCurrentIndex(page->deviceBox()->findText(QStringLiteral("Kaisa's laptop")));
    REQUIRE(page->deviceBox()->currentText() == QStringLiteral("Kaisa's laptop"));
    CHECK(page->scopeBox()->currentText() == QStringLiteral("As enrolled: The cases assigned to kaisa"));
    // The suggested name says for whom and when.
    CHECK(QFileInfo(page->path()).fileName()
          == QStringLiteral("to-kaisa-s-laptop-%1.majakka-sync")
                 .arg(QDate::currentDate().toString(Qt::ISODate)));

    const QString out = QDir(fixture.folder()).filePath(QStringLiteral("to-laptop.majakka-sync"));
    replaceText(page->pathEdit(), out);
    click(page->exportButton());
    REQUIRE(waitUntil([&] { return page->resultLabel()->isVisible(); }));
    CHECK(page->resultLabel()->text().startsWith(
        QStringLiteral("Wrote %1 for Kaisa's laptop (The cases assigned to kaisa). It holds ").arg(out)));
    // The office has not heard from the laptop yet, so it sends kaisa's cases whole again.
    CHECK(page->resultLabel()->text().contains(
        QRegularExpression(QStringLiteral("It holds \\d+ changes in 60 records; its size is \\d"))));
    CHECK(page->errorLabel()->isHidden());
    REQUIRE(QFileInfo(out).isFile());

    auto laptop = fixture.openLaptop();
    const sync::ImportReport report = sync::SyncService(*laptop).importFrom(out.toStdString(), false);
    CHECK(report.senderName == SyncFixture::OfficeName);
    CHECK(report.changed.size() == 1);
    CHECK(SyncFixture::familyName(*laptop) == "Toimistolainen");
}

TEST_CASE("an export never writes over an existing file", "[ui][sync]")
{
    SyncFixture fixture;
    REQUIRE(fixture.unlockAs(SyncFixture::Caseworker));
    const QString out = QDir(fixture.folder()).filePath(QStringLiteral("taken.majakka-sync"));
    {
        QFile file(out);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("somebody's file");
    }
    ExportPage* page = openExport(fixture);
    replaceText(page->pathEdit(), out);
    click(page->exportButton());
    CHECK(page->errorLabel()->isVisible());
    CHECK(page->errorLabel()->text().startsWith(QStringLiteral("A file with this name exists already.")));
    CHECK_FALSE(fixture.sync().runner().isBusy());
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("somebody's file"));
}

TEST_CASE("a cancelled export writes no file", "[ui][sync]")
{
    SyncFixture fixture;
    REQUIRE(fixture.unlockAs(SyncFixture::Administrator));
    ExportPage* page = openExport(fixture);
    const QString out = QDir(fixture.folder()).filePath(QStringLiteral("cancelled.majakka-sync"));
    replaceText(page->pathEdit(), out);

    WorkerGate gate;
    fixture.sync().runner().setStepHook(gate.hook());
    click(page->exportButton());
    REQUIRE(waitUntil([&] { return gate.reached->load(); }));
    SyncProgressDialog* progress = fixture.sync().runner().progressDialog();
    REQUIRE(progress);
    QTest::keyClick(progress, Qt::Key_Escape); // Esc is Cancel
    REQUIRE(waitUntil([&] { return !fixture.sync().runner().isBusy(); }));
    CHECK(page->errorLabel()->text() == QStringLiteral("Cancelled. Nothing was written."));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("a supervisor can neither send nor receive changes", "[ui][sync]")
{
    SyncFixture fixture;
    REQUIRE(fixture.unlockAs(SyncFixture::Supervisor));
    SyncActions& sync = fixture.sync();
    CHECK_FALSE(sync.exportAction()->isEnabled());
    CHECK_FALSE(sync.importAction()->isEnabled());
    CHECK(sync.conflictsAction()->isEnabled());
    CHECK_FALSE(sync.devicesAction()->isVisible());
    sync.exportAction()->trigger();
    CHECK(sync.syncDialog() == nullptr);
}
