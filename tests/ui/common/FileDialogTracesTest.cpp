#include "ui/common/FileDialogTraces.h"

#include "record/RecordDriver.h"
#include "support/CaseworkFixture.h"
#include "support/ExportDriver.h"
#include "support/UiDriver.h"
#include "ui/casesummary/CaseSummaryDialog.h"
#include "ui/main/MainWindow.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {

QSettings qtSettings()
{
    return {QSettings::UserScope, QStringLiteral("QtProject")};
}

// Saves a client's case summary as a PDF through the program's own dialogs
// into FOLDER, named after the client as a person might; returns the client's family name.
QString saveSummaryInto(CaseworkFixture& fixture, const QString& folderPattern)
{
    ClientService clients = fixture.service();
    const auto id = clientWithMeasure(clients);
    REQUIRE(id);
    const QString familyName = QString::fromStdString(clients.show(*id).person.familyName);
    const QString folder
        = QDir(QFileInfo(fixture.databasePath()).absolutePath()).filePath(folderPattern.arg(familyName));
    REQUIRE(QDir().mkpath(folder));

    MainWindow* window = fixture.window();
    REQUIRE(window->openClient(QString::fromStdString(*id)) != nullptr);
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier);
    CaseSummaryDialog* summary = nullptr;
    REQUIRE(waitUntil([&] {
        summary = window->findChild<CaseSummaryDialog*>();
        return summary && summary->isVisible();
    }));
    click(child<QPushButton>(summary, "caseSummaryPdfButton"));
    const QString file = QDir(folder).filePath(QStringLiteral("summary.pdf"));
    REQUIRE(saveThroughExportDialogs(summary, file));
    REQUIRE(waitUntil([&] { return QFileInfo::exists(file); }));
    // The dialog deletes itself on close, later in the event loop.
    REQUIRE(waitUntil([&] { return window->findChild<QFileDialog*>() == nullptr; }));
    return familyName;
}

} // namespace

TEST_CASE("a folder chosen in a file dialog leaves no trace in any settings file", "[ui][settings]")
{
    CaseworkFixture fixture;
    FileDialogTraces::rememberBefore();
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    const QString familyName = saveSummaryInto(fixture, QStringLiteral("Requests %1"));
    fixture.controller().lock();

    // Majakka's own settings: the allowed keys, and the last database.
    QSettings settings;
    const QStringList allowed {QStringLiteral("session/lastDatabase"),
                               QStringLiteral("ui/language"),
                               QStringLiteral("ui/mainWindowGeometry")};
    for (const QString& key : settings.allKeys()) {
        INFO(key.toStdString());
        CHECK(allowed.contains(key));
    }
    CHECK(settings.value(QStringLiteral("session/lastDatabase")).toString() == fixture.databasePath());

    // Qt's file dialog did write its settings beside them...
    const QString qtFile = qtSettings().fileName();
    REQUIRE(QFileInfo::exists(qtFile));
    CHECK(qtSettings().contains(QStringLiteral("FileDialog/viewMode")));
    CHECK_FALSE(qtSettings().contains(QStringLiteral("FileDialog/lastVisited")));
    CHECK_FALSE(qtSettings().contains(QStringLiteral("FileDialog/history")));
    // ...and no settings file names the client, the folder or the user.
    QDirIterator files(QFileInfo(qtFile).absolutePath(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        INFO(file.fileName().toStdString() << ":\n" << text.toStdString());
        CHECK_FALSE(text.contains(familyName));
        CHECK_FALSE(text.contains(QStringLiteral("Requests")));
        CHECK_FALSE(text.contains(CaseworkFixture::Caseworker));
    }
}

TEST_CASE("another program's last folder in Qt's shared settings stays as it was", "[ui][settings]")
{
    CaseworkFixture fixture;
    const QString elsewhere = QStringLiteral("file:///srv/another-program");
    qtSettings().setValue(QStringLiteral("FileDialog/lastVisited"), elsewhere);
    FileDialogTraces::rememberBefore();
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    saveSummaryInto(fixture, QStringLiteral("Requests %1"));

    CHECK(qtSettings().value(QStringLiteral("FileDialog/lastVisited")).toString() == elsewhere);
    CHECK_FALSE(qtSettings().contains(QStringLiteral("FileDialog/history")));
    qtSettings().remove(QStringLiteral("FileDialog"));
}
