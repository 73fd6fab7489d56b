#include "sync/SyncScreenshots.h"

#include "casework/ClientService.h"
#include "session/Session.h"
#include "support/SyncFixture.h"
#include "support/UiDriver.h"
#include "sync/SyncService.h"
#include "ui/common/PathLabel.h"
#include "ui/main/MainWindow.h"
#include "ui/sync/ConflictsDialog.h"
#include "ui/sync/ConflictsPage.h"
#include "ui/sync/DeviceAdministration.h"
#include "ui/sync/DevicesDialog.h"
#include "ui/sync/EnrolDeviceDialog.h"
#include "ui/sync/ExportPage.h"
#include "ui/sync/ImportFlow.h"
#include "ui/sync/ImportPreviewDialog.h"
#include "ui/sync/ImportReportView.h"
#include "ui/sync/SyncActions.h"
#include "ui/sync/SyncDialog.h"
#include "ui/sync/SyncRunner.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>

namespace majakka::ui::test {

namespace {

// Sets a record's phone and first measure's note.
void changeForConflict(Session& session, const std::string& phone, const std::string& note)
{
    ClientService clients(session);
    domain::ClientRecord record = clients.show(SyncFixture::clientId());
    record.person.phone = phone;
    if (!record.measures.empty()) {
        record.measures.front().note = note;
    }
    clients.change(SyncFixture::clientId(), std::move(record));
}

} // namespace

// The sync screens over an office and a laptop database that both changed one
// client's phone number and a measure's note: the export, the import preview,
// the conflicts, the record with its conflicts, the devices and enrolling.
bool shootSync(const QString& language, const Shoot& shoot)
{
    SyncFixture fixture;
    fixture.languages().choose(language);
    QString package;
    {
        auto laptop = fixture.openLaptop();
        changeForConflict(*laptop, "+358 40 765 4321", "Moved to sheltered housing in Oulu");
        package = QDir(fixture.folder()).filePath(QStringLiteral("from-laptop.majakka-sync"));
        sync::SyncService(*laptop).exportTo(SyncFixture::OfficeName, std::nullopt, package.toStdString());
    }
    {
        auto office = fixture.openOffice(SyncFixture::Caseworker);
        changeForConflict(*office, "+358 50 111 2222", "Waiting for a place in sheltered housing");
    }
    if (!fixture.unlockAs(SyncFixture::Caseworker)) {
        return false;
    }
    MainWindow* window = fixture.window();
    window->resize(1180, 720);
    SyncActions& sync = fixture.sync();

    sync.exportAction()->trigger();
    SyncDialog* dialog = sync.syncDialog();
    if (!dialog) {
        return false;
    }
    dialog->exportPage()->setPath(
        QStringLiteral("/home/kaisa/Documents/to-kaisa-s-laptop-2026-12-01.majakka-sync"));
    dialog->resize(640, 340);
    bool ok = shoot(dialog, QStringLiteral("sync-export"));
    dialog->reject();

    const QString shownPath = QStringLiteral("/media/kaisa/USB/from-laptop.majakka-sync");
    sync.previewImport(package);
    ImportPreviewDialog* preview = nullptr;
    ok = waitUntil([&] {
             preview = sync.importFlow().dialog();
             return preview && !sync.runner().isBusy() && preview->reportView()->report();
         })
        && ok;
    if (!preview) {
        return false;
    }
    preview->findChild<PathLabel*>(QStringLiteral("importFileLabel"))->setPath(shownPath);
    preview->resize(640, 520);
    ok = shoot(preview, QStringLiteral("import-preview")) && ok;
    preview->applyButton()->click();
    ok = waitUntil([&] { return preview->state() == ImportPreviewDialog::State::Imported; }) && ok;
    preview->reject();

    sync.showConflicts();
    if (ConflictsDialog* conflicts = sync.conflictsDialog()) {
        ConflictsPage* page = conflicts->page();
        page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
        conflicts->resize(1000, 420);
        ok = shoot(conflicts, QStringLiteral("conflicts")) && ok;
        conflicts->reject();
    }

    window->openClient(QString::fromStdString(SyncFixture::clientId()));
    ok = shoot(window, QStringLiteral("client-record-conflicts")) && ok;

    fixture.controller().lock();
    if (!fixture.unlockAs(SyncFixture::Administrator)) {
        return false;
    }
    fixture.sync().showDevices();
    DevicesDialog* devices = fixture.sync().devices().dialog();
    if (!devices) {
        return false;
    }
    devices->resize(900, 520);
    ok = shoot(devices, QStringLiteral("devices")) && ok;
    devices->enrolButton()->click();
    if (EnrolDeviceDialog* enrol = fixture.sync().devices().enrolDialog()) {
        enrol->loadFile(fixture.phoneIdentityPath());
        enrol->pathEdit()->setText(QStringLiteral("/media/pekka/USB/phone.majakka-device"));
        enrol->fingerprintEdit()->setText(QStringLiteral("12345 67890 12345 67890 12345 67890"));
        enrol->enrolButton()->click();
        enrol->adjustSize();
        ok = shoot(enrol, QStringLiteral("enrol-device")) && ok;
        enrol->reject();
    }
    devices->reject();
    fixture.controller().lock();
    return ok;
}

} // namespace majakka::ui::test
