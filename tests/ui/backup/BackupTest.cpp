#include "session/Backup.h"

#include "session/Session.h"
#include "support/CaseworkFixture.h"
#include "support/UiDriver.h"
#include "ui/app/SessionWorker.h"
#include "ui/backup/BackupRunner.h"
#include "ui/main/MainActions.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {
BackupRunner* startBackup(MainWindow* window)
{
    window->actions()->backup->trigger();
    BackupRunner* runner = window->findChild<BackupRunner*>();
    REQUIRE(runner != nullptr);
    REQUIRE(runner->fileDialog() != nullptr);
    return runner;
}
} // namespace

TEST_CASE("File > Backup writes an encrypted backup on the worker that restores", "[ui][backup]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    MainWindow* window = fixture.window();
    QTemporaryDir folder;
    const QString file = QDir(folder.path()).filePath(QStringLiteral("copy.majakka"));

    QPointer<BackupRunner> runner = startBackup(window);
    bool written = false;
    QObject::connect(runner, &BackupRunner::finished, [&](bool ok) { written = ok; });
    QFileDialog* dialog = runner->fileDialog();
    dialog->selectFile(file);
    QMetaObject::invokeMethod(dialog, "accept");
    REQUIRE(waitUntil([&] { return runner.isNull(); }));
    CHECK(written);
    REQUIRE(QFileInfo::exists(file));
    CHECK_FALSE(QFileInfo::exists(file + QStringLiteral(".new")));

    auto* report = window->findChild<QMessageBox*>(QStringLiteral("backupReportBox"));
    REQUIRE(report != nullptr);
    CHECK(report->text().contains(QStringLiteral("encrypted")));

    const QString restored = QDir(folder.path()).filePath(QStringLiteral("restored.db"));
    backup::restore(file.toStdString(),
                    restored.toStdString(),
                    CaseworkFixture::Caseworker.toStdString(),
                    CaseworkFixture::Passphrase.toStdString());
    CHECK(QFileInfo::exists(restored));
}

TEST_CASE("a backup cancelled before it starts writes nothing and says so", "[ui][backup]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    MainWindow* window = fixture.window();
    SessionWorker& worker = fixture.controller().worker();
    QTemporaryDir folder;
    const QString file = QDir(folder.path()).filePath(QStringLiteral("copy.majakka"));

    // Keep the worker busy, so that the backup waits behind this job.
    std::atomic<bool> release {false};
    worker.run<int>(window,
                    QString(),
                    [&release](Session&, const JobControl& control) {
                        while (!release && !control.stopRequested()) {
                            std::this_thread::sleep_for(std::chrono::milliseconds(5));
                        }
                        return 0;
                    },
                    {});
    QPointer<BackupRunner> runner = startBackup(window);
    bool written = true;
    QObject::connect(runner, &BackupRunner::finished, [&](bool ok) { written = ok; });
    runner->writeTo(file);
    QProgressDialog* progress = runner->progressDialog();
    REQUIRE(progress != nullptr);
    REQUIRE(waitUntil([&] { return progress->isVisible(); }));
    click(progress->findChild<QPushButton*>());
    REQUIRE(waitUntil([&] { return runner.isNull(); }));
    release = true;
    REQUIRE(waitUntil([&] { return !worker.isBusy(); }));
    CHECK_FALSE(written);
    CHECK_FALSE(QFileInfo::exists(file));
    auto* report = window->findChild<QMessageBox*>(QStringLiteral("backupReportBox"));
    REQUIRE(report != nullptr);
    CHECK(report->text() == QStringLiteral("The backup was cancelled. Nothing was written."));
}
