// majakka-screenshots: renders the desktop program's screens into PNG files,
// in English, Finnish and Swedish, for docs/screenshots. Not a test.
//   QT_QPA_PLATFORM=offscreen majakka-screenshots docs/screenshots
#include "casework/ClientService.h"
#include "session/Session.h"
#include "support/CaseworkFixture.h"
#include "support/DesktopFixture.h"
#include "support/SyncFixture.h"
#include "support/TestEnvironment.h"
#include "support/UiDriver.h"
#include "sync/SyncService.h"
#include "ui/clients/ClientListPage.h"
#include "ui/common/PathLabel.h"
#include "ui/main/MainWindow.h"
#include "ui/record/ClientRecordPage.h"
#include "ui/record/MeasuresTab.h"
#include "ui/record/RecordHeader.h"
#include "ui/settings/SettingsDialog.h"
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
#include "ui/unlock/CreateDatabaseDialog.h"
#include "ui/unlock/UnlockDialog.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <cstdio>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {

bool save(QWidget* widget, const QDir& folder, const QString& name, const QString& language)
{
    QTest::qWait(50);
    const QString file = folder.filePath(QStringLiteral("%1-%2.png").arg(name, language));
    const bool saved = widget->grab().save(file);
    std::fprintf(stderr, "%s %s\n", saved ? "wrote" : "FAILED", qPrintable(file));
    return saved;
}

bool shootLanguage(const QString& language, const QDir& folder)
{
    // A fixed place, so that the path shown is the same on every run and the
    // pictures only change when the screens do.
    QDir place(QDir::temp().filePath(QStringLiteral("majakka-screenshots")));
    place.removeRecursively();
    const QString databasePath = place.filePath(QStringLiteral("majakka.db"));
    DesktopFixture fixture(databasePath);
    fixture.languages().choose(language);
    DesktopController& controller = fixture.controller();
    controller.start();

    CreateDatabaseDialog* create = controller.createDialog();
    if (!create) {
        return false;
    }
    // A short, readable path instead of the random temporary one.
    create->findChild<QLineEdit*>(QStringLiteral("databasePathEdit"))
        ->setText(QStringLiteral("/home/aino/.local/share/Majakka/majakka.db"));
    fillCreateDialog(*create,
                     QStringLiteral("Aino Virtanen"),
                     QStringLiteral("kaksi kuusta"),
                     QStringLiteral("kaksi kuusi"));
    create->adjustSize();
    bool ok = save(create, folder, QStringLiteral("create-database"), language);
    create->findChild<QLineEdit*>(QStringLiteral("databasePathEdit"))->setText(databasePath);

    ok = createDatabaseThroughUi(controller, QStringLiteral("Aino Virtanen"), fixture.Passphrase) && ok;
    MainWindow* window = controller.mainWindow();
    if (!window) {
        return false;
    }
    window->resize(820, 480);
    ok = save(window, folder, QStringLiteral("main-window"), language) && ok;

    window->settingsAction()->trigger();
    if (SettingsDialog* settings = controller.settingsDialog()) {
        settings->adjustSize();
        ok = save(settings, folder, QStringLiteral("settings"), language) && ok;
        settings->reject();
    }

    controller.lock();
    ok = save(window, folder, QStringLiteral("locked"), language) && ok;
    UnlockDialog* unlock = controller.unlockDialog();
    if (!unlock) {
        return false;
    }
    submitUnlock(*unlock, QStringLiteral("a wrong passphrase"));
    ok = waitUntil([&] { return !unlock->errorText().isEmpty(); }) && ok;
    unlock->adjustSize();
    ok = save(unlock, folder, QStringLiteral("unlock-error"), language) && ok;
    place.removeRecursively();
    return ok;
}

// The case screens on a small demo database, signed in as the caseworker.
bool shootCasework(const QString& language, const QDir& folder)
{
    QDir place(QDir::temp().filePath(QStringLiteral("majakka-screenshots-casework")));
    place.removeRecursively();
    QDir().mkpath(place.path());
    const QString databasePath = place.filePath(QStringLiteral("majakka.db"));
    CaseworkFixture::makeDemoDatabase(databasePath, 120, true);
    DesktopFixture fixture(databasePath);
    fixture.languages().choose(language);
    DesktopController& controller = fixture.controller();
    controller.start();
    UnlockDialog* unlock = controller.unlockDialog();
    if (!unlock) {
        return false;
    }
    replaceText(unlock->findChild<QLineEdit*>(QStringLiteral("userNameEdit")), CaseworkFixture::Caseworker);
    submitUnlock(*unlock, CaseworkFixture::Passphrase);
    MainWindow* window = nullptr;
    if (!waitUntil([&] {
            window = controller.mainWindow();
            return isShownAndUnlocked(controller) && window->clientListPage()->model()->rowCount() > 0;
        })) {
        return false;
    }
    window->resize(1180, 720);
    bool ok = save(window, folder, QStringLiteral("home"), language);

    window->showClients();
    ClientListPage* list = window->clientListPage();
    list->table()->selectRow(2);
    list->table()->setFocus();
    ok = save(window, folder, QStringLiteral("client-list"), language) && ok;

    // A client with measures and an alert in the header, if the demo has one.
    ClientService clients(*controller.session());
    ClientFilter active;
    active.ended = false;
    const QDate now = QDate::currentDate();
    const auto today = domain::Date::fromYmd(
        now.year(), static_cast<unsigned>(now.month()), static_cast<unsigned>(now.day()));
    std::string chosen;
    for (const ClientSummary& summary : clients.list(active)) {
        const domain::ClientRecord record = clients.show(summary.id);
        if (record.measures.size() >= 2 && today && !RecordHeader::alertsFor(record, *today).isEmpty()) {
            chosen = summary.id;
            break;
        }
        if (chosen.empty() && !record.measures.empty()) {
            chosen = summary.id;
        }
    }
    ClientRecordPage* page = chosen.empty() ? nullptr : window->openClient(QString::fromStdString(chosen));
    if (!page) {
        return false;
    }
    ok = save(window, folder, QStringLiteral("client-record-overview"), language) && ok;
    page->tabs()->setCurrentIndex(ClientRecordPage::MeasuresTabIndex);
    page->measuresTab()->table()->selectRow(0);
    ok = save(window, folder, QStringLiteral("client-record-measures"), language) && ok;

    controller.lock();
    place.removeRecursively();
    return ok;
}

// Sets a record's phone and first measure's note, and returns what it was.
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

// The sync screens over an office and a laptop database that both changed one
// client's phone number and a measure's note: the export, the import preview,
// the conflicts, the record with its conflicts, the devices and enrolling.
bool shootSync(const QString& language, const QDir& folder)
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
    bool ok = save(dialog, folder, QStringLiteral("sync-export"), language);
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
    ok = save(preview, folder, QStringLiteral("import-preview"), language) && ok;
    preview->applyButton()->click();
    ok = waitUntil([&] { return preview->state() == ImportPreviewDialog::State::Imported; }) && ok;
    preview->reject();

    sync.showConflicts();
    if (ConflictsDialog* conflicts = sync.conflictsDialog()) {
        ConflictsPage* page = conflicts->page();
        page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
        conflicts->resize(1000, 420);
        ok = save(conflicts, folder, QStringLiteral("conflicts"), language) && ok;
        conflicts->reject();
    }

    window->openClient(QString::fromStdString(SyncFixture::clientId()));
    ok = save(window, folder, QStringLiteral("client-record-conflicts"), language) && ok;

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
    ok = save(devices, folder, QStringLiteral("devices"), language) && ok;
    devices->enrolButton()->click();
    if (EnrolDeviceDialog* enrol = fixture.sync().devices().enrolDialog()) {
        enrol->loadFile(fixture.phoneIdentityPath());
        enrol->pathEdit()->setText(QStringLiteral("/media/pekka/USB/phone.majakka-device"));
        enrol->fingerprintEdit()->setText(QStringLiteral("12345 67890 12345 67890 12345 67890"));
        enrol->enrolButton()->click();
        enrol->adjustSize();
        ok = save(enrol, folder, QStringLiteral("enrol-device"), language) && ok;
        enrol->reject();
    }
    devices->reject();
    fixture.controller().lock();
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    TestEnvironment environment;
    QApplication application(argc, argv);
    environment.configureApplication(QStringLiteral("MajakkaScreenshots"));
    QApplication::setQuitOnLastWindowClosed(false);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (argc < 2) {
        std::fprintf(stderr, "usage: majakka-screenshots FOLDER\n");
        return 2;
    }
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    if (!QDir().mkpath(folder.path())) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }
    bool ok = true;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("fi"), QStringLiteral("sv")}) {
        ok = shootLanguage(language, folder) && ok;
        ok = shootCasework(language, folder) && ok;
        ok = shootSync(language, folder) && ok;
    }
    return ok ? 0 : 1;
}
