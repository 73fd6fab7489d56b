// majakka-screenshots: renders the desktop program's screens into PNG files,
// in English, Finnish and Swedish, for docs/screenshots. Not a test.
//   QT_QPA_PLATFORM=offscreen majakka-screenshots docs/screenshots
#include "casework/ClientService.h"
#include "casework/HotlineLog.h"
#include "record/RecordScreenshots.h"
#include "session/Session.h"
#include "statistics/StatisticsExport.h"
#include "support/CaseworkFixture.h"
#include "support/DesktopFixture.h"
#include "support/SyncFixture.h"
#include "support/TestEnvironment.h"
#include "support/UiDriver.h"
#include "sync/SyncScreenshots.h"
#include "sync/SyncService.h"
#include "ui/app/SessionWorker.h"
#include "ui/backup/BackupRunner.h"
#include "ui/casesummary/CaseSummaryDialog.h"
#include "ui/clients/ClientListPage.h"
#include "ui/common/PathLabel.h"
#include "ui/common/Today.h"
#include "ui/hotline/HotlinePage.h"
#include "ui/main/HomePage.h"
#include "ui/main/MainWindow.h"
#include "ui/record/ClientRecordPage.h"
#include "ui/record/RecordHeader.h"
#include "ui/reports/StatisticsPdf.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/statistics/StatisticsDialog.h"
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
#include "ui/users/AddUserDialog.h"
#include "ui/users/UsersPage.h"
#include "ui/wizard/NewClientWizard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QStyleFactory>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <atomic>
#include <cstdio>
#include <thread>

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

// The hotline log with a few calls and the next one half entered.
bool shootHotline(DesktopController& controller,
                  MainWindow* window,
                  const QDir& folder,
                  const QString& language)
{
    HotlineLog log(*controller.session());
    const domain::Date day = today();
    log.add({day.addDays(-2),
             domain::HotlineCallerType::Authority,
             domain::HotlineTopic::LabourExploitation,
             domain::HotlineOutcome::ReferralToAssistanceSystem,
             true});
    log.add({day.addDays(-1),
             domain::HotlineCallerType::PossibleVictim,
             domain::HotlineTopic::SexualExploitation,
             domain::HotlineOutcome::InformationGiven,
             false});
    log.add({day,
             domain::HotlineCallerType::RelativeOrFriend,
             domain::HotlineTopic::ForcedMarriage,
             domain::HotlineOutcome::ReferredElsewhere,
             false});
    window->hotlinePage()->start(day);
    window->showHotline();
    HotlinePage* page = window->hotlinePage();
    if (!waitUntil([&] { return page->callTable()->rowCount() == 3; })) {
        return false;
    }
    page->callerTypeBox()->setCurrentIndex(0);
    page->topicBox()->setCurrentIndex(6);
    return save(window, folder, QStringLiteral("hotline"), language);
}

// The three pages of the new client wizard, filled as from one phone call.
bool shootWizard(MainWindow* window, const QDir& folder, const QString& language)
{
    window->newClient();
    auto* wizard = window->findChild<NewClientWizard*>();
    if (!wizard || !waitUntil([&] { return wizard->isVisible(); })) {
        return false;
    }
    wizard->resize(700, 640);
    child<QComboBox>(wizard, "referralSourceBox")->setCurrentIndex(3);
    child<QCheckBox>(wizard, "referralEmergencyCheck")->setChecked(true);
    child<QLineEdit>(wizard, "referrerOrganisationEdit")->setText(QStringLiteral("Rikosuhripäivystys"));
    child<QLineEdit>(wizard, "givenNamesEdit")->setText(QStringLiteral("Amina"));
    bool ok = save(wizard, folder, QStringLiteral("wizard-referral"), language);
    wizard->next();
    ok = save(wizard, folder, QStringLiteral("wizard-admission"), language) && ok;
    wizard->next();
    child<QLineEdit>(wizard, "birthDateEdit")->setText(QStringLiteral("1994"));
    child<QLineEdit>(wizard, "citizenshipEdit")->setText(QStringLiteral("NG"));
    child<QLineEdit>(wizard, "languagesEdit")->setText(QStringLiteral("en, yo"));
    // A phone number with a letter in it: the core says so beside the field.
    child<QLineEdit>(wizard, "phoneEdit")->setText(QStringLiteral("040 12x"));
    ok = save(wizard, folder, QStringLiteral("wizard-person"), language) && ok;
    wizard->reject();
    return ok;
}

// The users screen and the dialog that adds a user, as the administrator;
// then a backup waiting behind other work, with its progress and Cancel.
bool shootAdministration(DesktopFixture& fixture, const QDir& folder, const QString& language)
{
    DesktopController& controller = fixture.controller();
    controller.lock();
    UnlockDialog* unlock = controller.unlockDialog();
    if (!unlock) {
        return false;
    }
    replaceText(unlock->findChild<QLineEdit*>(QStringLiteral("userNameEdit")),
                CaseworkFixture::Administrator);
    submitUnlock(*unlock, CaseworkFixture::Passphrase);
    if (!waitUntil([&] { return isShownAndUnlocked(controller); })) {
        return false;
    }
    MainWindow* window = controller.mainWindow();
    window->showUsers();
    UsersPage* users = window->usersPage();
    if (!waitUntil([&] { return users->table()->rowCount() >= 3; })) {
        return false;
    }
    users->table()->selectRow(1);
    bool ok = save(window, folder, QStringLiteral("users"), language);
    users->addUser();
    if (AddUserDialog* dialog = users->addDialog()) {
        child<QLineEdit>(dialog, "newUserNameEdit")->setText(QStringLiteral("olli"));
        child<QComboBox>(dialog, "newUserRoleBox")->setCurrentIndex(1);
        child<QComboBox>(dialog, "newUserOfficeBox")->setCurrentIndex(3);
        child<QLineEdit>(dialog, "newUserPassphraseEdit")->setText(QStringLiteral("pohjoinen tuuli"));
        child<QLineEdit>(dialog, "newUserRepeatEdit")->setText(QStringLiteral("pohjoinen tuuli"));
        dialog->adjustSize();
        ok = save(dialog, folder, QStringLiteral("add-user"), language) && ok;
        dialog->reject();
    }

    std::atomic<bool> release {false};
    controller.worker().run<int>(window,
                                 QString(),
                                 [&release](Session&, const JobControl& control) {
                                     while (!release && !control.stopRequested()) {
                                         std::this_thread::sleep_for(std::chrono::milliseconds(5));
                                     }
                                     return 0;
                                 },
                                 {});
    auto* runner = new BackupRunner(controller.worker(), QStringLiteral("/tmp/x.db"), window);
    runner->writeTo(QStringLiteral("/home/aino/Documents/") + BackupRunner::suggestedName());
    if (QProgressDialog* progress = runner->progressDialog()) {
        waitUntil([&] { return progress->isVisible(); });
        progress->setValue(0);
        progress->adjustSize();
        ok = save(progress, folder, QStringLiteral("backup"), language) && ok;
        progress->cancel();
    }
    delete runner;
    release = true;
    waitUntil([&] { return !controller.worker().isBusy(); });
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
    bool ok = true;

    window->showClients();
    ClientListPage* list = window->clientListPage();
    list->table()->selectRow(2);
    list->table()->setFocus();
    ok = save(window, folder, QStringLiteral("client-list"), language) && ok;

    ClientService clients(*controller.session());
    const Shoot shoot = [&](QWidget* widget, const QString& name) {
        return save(widget, folder, name, language);
    };
    ok = shootRecords(*window, clients, shoot) && ok;

    window->caseSummaryAction()->trigger();
    if (auto* summary = window->findChild<CaseSummaryDialog*>()) {
        summary->resize(760, 720);
        ok = save(summary, folder, QStringLiteral("case-summary"), language) && ok;
        summary->reject();
    }

    // Home, with the clients just looked at among the recent ones.
    window->showHome();
    ok = waitUntil([&] { return window->homePage()->recentList()->count() > 0; }) && ok;
    ok = save(window, folder, QStringLiteral("home"), language) && ok;

    ok = shootHotline(controller, window, folder, language) && ok;
    ok = shootWizard(window, folder, language) && ok;
    ok = shootAdministration(fixture, folder, language) && ok;
    controller.lock();
    place.removeRecursively();
    return ok;
}

// The supervisor's statistics screen, and the first page of the PDF report
// (drawn by pdftoppm from poppler-utils), on a demo database large enough
// that most counts are published.
bool shootStatistics(const QString& language, const QDir& folder, const QString& demo)
{
    QDir place(QDir::temp().filePath(QStringLiteral("majakka-screenshots-statistics")));
    place.removeRecursively();
    QDir().mkpath(place.path());
    const QString databasePath = place.filePath(QStringLiteral("majakka.db"));
    for (const QString& suffix : {QString(), QStringLiteral(".keys")}) {
        QFile::copy(demo + suffix, databasePath + suffix);
    }
    DesktopFixture fixture(databasePath);
    fixture.languages().choose(language);
    DesktopController& controller = fixture.controller();
    controller.start();
    UnlockDialog* unlock = controller.unlockDialog();
    if (!unlock) {
        return false;
    }
    replaceText(unlock->findChild<QLineEdit*>(QStringLiteral("userNameEdit")), CaseworkFixture::Supervisor);
    submitUnlock(*unlock, CaseworkFixture::Passphrase);
    if (!waitUntil([&] { return isShownAndUnlocked(controller); })) {
        return false;
    }
    MainWindow* window = controller.mainWindow();
    window->statisticsAction()->trigger();
    auto* dialog = window->findChild<StatisticsDialog*>();
    if (!dialog || !waitUntil([&] { return !dialog->isComputing() && dialog->report(); })) {
        return false;
    }
    dialog->resize(1000, 760);
    bool ok = save(dialog, folder, QStringLiteral("statistics"), language);

    const QString pdf = place.filePath(QStringLiteral("report.pdf"));
    QFile file(pdf);
    ok = file.open(QIODevice::WriteOnly)
        && file.write(reports::StatisticsPdf::render(*dialog->report(), language)) > 0 && ok;
    file.close();
    const QString png = folder.filePath(QStringLiteral("statistics-report-%1").arg(language));
    const int drawn = QProcess::execute(QStringLiteral("pdftoppm"),
                                        {QStringLiteral("-png"),
                                         QStringLiteral("-r"),
                                         QStringLiteral("60"),
                                         QStringLiteral("-f"),
                                         QStringLiteral("1"),
                                         QStringLiteral("-l"),
                                         QStringLiteral("1"),
                                         QStringLiteral("-singlefile"),
                                         pdf,
                                         png});
    std::fprintf(stderr,
                 "%s %s.png\n",
                 drawn == 0 ? "wrote" : "FAILED (is poppler-utils installed?)",
                 qPrintable(png));
    ok = drawn == 0 && ok;
    dialog->reject();
    controller.lock();
    place.removeRecursively();
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
    QTemporaryDir demoFolder;
    const QString demo = QDir(demoFolder.path()).filePath(QStringLiteral("statistics.db"));
    CaseworkFixture::makeDemoDatabase(demo, 1500, true);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("fi"), QStringLiteral("sv")}) {
        ok = shootLanguage(language, folder) && ok;
        ok = shootCasework(language, folder) && ok;
        ok = shootStatistics(language, folder, demo) && ok;
        ok = shootSync(
                 language,
                 [&](QWidget* widget, const QString& name) { return save(widget, folder, name, language); })
            && ok;
    }
    return ok ? 0 : 1;
}
