#include "ui/sync/SyncActions.h"

#include "Error.h"
#include "session/Session.h"
#include "sync/DeviceIdentity.h"
#include "sync/SyncService.h"
#include "ui/common/Paths.h"
#include "ui/main/MainWindow.h"
#include "ui/sync/ConflictModel.h"
#include "ui/sync/ConflictsDialog.h"
#include "ui/sync/ConflictsPage.h"
#include "ui/sync/DeviceAdministration.h"
#include "ui/sync/DeviceText.h"
#include "ui/sync/ExportPage.h"
#include "ui/sync/ImportFlow.h"
#include "ui/sync/ImportPage.h"
#include "ui/sync/SyncErrorText.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>

namespace majakka::ui {

namespace {

QString failureText(const SyncOutcome& outcome, SyncErrorText::Work work)
{
    if (outcome.cancelled) {
        return SyncActions::tr("Cancelled. Nothing was written.");
    }
    if (outcome.error) {
        return SyncErrorText::describe(*outcome.error, work).fullText();
    }
    return ErrorText::describeUnexpected(QString::fromStdString(outcome.unexpected.value_or(""))).fullText();
}

QString packageFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

SyncActions::SyncActions(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_runner(&window)
    , m_screens(window)
    , m_importFlow(new ImportFlow(window, m_runner, m_screens, this))
    , m_deviceAdministration(new DeviceAdministration(window, this))
    , m_menu(new QMenu(&window))
{
    setObjectName(QStringLiteral("syncActions"));
    m_menu->setObjectName(QStringLiteral("syncMenu"));
    m_export = m_menu->addAction(QString(), this, [this] { showSyncDialog(SyncDialog::ExportTab); });
    m_export->setObjectName(QStringLiteral("syncExportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_import = m_menu->addAction(QString(), this, [this] { showSyncDialog(SyncDialog::ImportTab); });
    m_import->setObjectName(QStringLiteral("syncImportAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_conflicts = m_menu->addAction(QString(), this, [this] { showConflicts(); });
    m_conflicts->setObjectName(QStringLiteral("syncConflictsAction"));
    m_conflicts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_menu->addSeparator();
    m_devices = m_menu->addAction(QString(), this, &SyncActions::showDevices);
    m_devices->setObjectName(QStringLiteral("syncDevicesAction"));
    m_devices->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    // Before Help, which is the last menu by convention.
    const QList<QAction*> menus = m_window.menuBar()->actions();
    m_window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);

    connect(&m_runner, &SyncRunner::started, this, &SyncActions::updateActions);
    connect(&m_runner, &SyncRunner::finished, this, &SyncActions::updateActions);
    connect(m_importFlow, &ImportFlow::imported, this, [this] {
        reloadConflicts();
        Q_EMIT conflictsChanged();
    });
    m_window.installEventFilter(this);
    retranslateUi();
    updateActions();
}

SyncActions::~SyncActions()
{
    m_runner.cancelAndWait();
}

SyncDialog* SyncActions::syncDialog() const
{
    return m_syncDialog;
}

ConflictsDialog* SyncActions::conflictsDialog() const
{
    return m_conflictsDialog;
}

SyncActions* SyncActions::of(const QWidget* widget)
{
    const QWidget* window = widget ? widget->window() : nullptr;
    return window ? window->findChild<SyncActions*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void SyncActions::setSession(Session* session)
{
    stopWork();
    m_session = session;
    m_role = session ? session->user().role : domain::Role::Caseworker;
    m_runner.setSession(session);
    m_deviceAdministration->setSession(session);
    if (!session) {
        m_importFlow->forgetWaiting();
        delete m_syncDialog.data();
        delete m_conflictsDialog.data();
    }
    updateActions();
}

void SyncActions::stopWork()
{
    m_runner.cancelAndWait();
}

bool SyncActions::mayResolve() const
{
    return m_session && m_role != domain::Role::Supervisor;
}

void SyncActions::updateActions()
{
    const bool idle = m_session && !m_runner.isBusy();
    const bool mayWrite = m_role != domain::Role::Supervisor;
    m_export->setEnabled(idle && mayWrite);
    m_import->setEnabled(idle && mayWrite);
    m_conflicts->setEnabled(idle);
    m_devices->setVisible(m_session && m_role == domain::Role::Administrator);
    m_devices->setEnabled(idle && m_role == domain::Role::Administrator);
}

void SyncActions::showSyncDialog(SyncDialog::Tab tab)
{
    if (!m_session || m_role == domain::Role::Supervisor) {
        return;
    }
    // A dialog closed a moment ago waits for its deletion: make a new one.
    if (m_syncDialog && !m_syncDialog->isVisible()) {
        delete m_syncDialog.data();
    }
    if (!m_syncDialog) {
        m_syncDialog = new SyncDialog(&m_window);
        m_syncDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_window.shareShortcutsWith(m_syncDialog);
        connect(m_syncDialog->exportPage(), &ExportPage::exportRequested, this, &SyncActions::runExport);
        connect(m_syncDialog->importPage(), &ImportPage::previewRequested, this, [this] {
            previewImport(m_syncDialog->importPage()->path());
        });
        try {
            m_syncDialog->exportPage()->setDevices(
                sync::SyncService(*m_session).devices(), packageFolder(), QDate::currentDate());
        } catch (const Error& error) {
            m_syncDialog->exportPage()->showError(
                SyncErrorText::describe(error, SyncErrorText::Work::Export).fullText());
        }
    }
    m_syncDialog->showTab(tab);
    m_syncDialog->open();
}

void SyncActions::runExport()
{
    QPointer<SyncDialog> dialog = m_syncDialog;
    if (!dialog || !m_session) {
        return;
    }
    ExportPage* page = dialog->exportPage();
    const QString path = QFileInfo(page->path()).absoluteFilePath();
    page->setBusy(true);
    m_screens.setQuiet(true);
    const bool started = m_runner.start(
        tr("Writing the sync package for %1…").arg(page->deviceName()),
        [device = page->deviceId(), choice = page->scopeChoice(), out = toPath(path)](
            sync::SyncService& service, Progress& progress, SyncOutcome& outcome) {
            outcome.exported = service.exportTo(device, choice, out, &progress);
        },
        [this, dialog, path](const SyncOutcome& outcome) {
            m_screens.setQuiet(false);
            if (!dialog) {
                return;
            }
            ExportPage* shown = dialog->exportPage();
            shown->setBusy(false);
            if (!outcome.succeeded()) {
                shown->showError(failureText(outcome, SyncErrorText::Work::Export));
                return;
            }
            const sync::ExportSummary& summary = *outcome.exported;
            QStringList text;
            text.append(tr("Wrote %1 for %2 (%3).")
                            .arg(QDir::toNativeSeparators(path),
                                 QString::fromStdString(summary.recipient),
                                 DeviceText::cases(summary.cases.worker, summary.cases.office)));
            text.append(tr("It holds %1 in %2; its size is %3.")
                            .arg(tr("%n change(s)", nullptr, static_cast<int>(summary.operations)),
                                 tr("%n record(s)", nullptr, static_cast<int>(summary.records)),
                                 QLocale().formattedDataSize(static_cast<qint64>(summary.bytes))));
            if (summary.removals > 0) {
                text.append(tr("%n record(s) there left the device's scope and go from it at the import.",
                               nullptr,
                               static_cast<int>(summary.removals)));
            }
            shown->showResult(text.join(QLatin1Char(' ')));
        });
    if (!started) {
        m_screens.setQuiet(false);
        page->setBusy(false);
    }
}

void SyncActions::previewImport(const QString& file)
{
    if (!m_session) {
        return;
    }
    if (m_role == domain::Role::Supervisor) {
        auto* box = new QMessageBox(QMessageBox::Information,
                                    tr("Import"),
                                    tr("Supervisors cannot import sync packages. Ask a caseworker, an office "
                                       "worker or an administrator to import this one."),
                                    QMessageBox::Ok,
                                    &m_window);
        box->setObjectName(QStringLiteral("supervisorImportNotice"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    QWidget* over = m_syncDialog && m_syncDialog->isVisible() ? m_syncDialog.data() : nullptr;
    m_importFlow->preview(file, over);
}

void SyncActions::showDevices()
{
    if (m_session && m_role == domain::Role::Administrator) {
        m_deviceAdministration->open();
    }
}

void SyncActions::showConflicts(const QString& conflictId)
{
    if (!m_session) {
        return;
    }
    if (m_conflictsDialog && !m_conflictsDialog->isVisible()) {
        delete m_conflictsDialog.data();
    }
    if (!m_conflictsDialog) {
        m_conflictsDialog = new ConflictsDialog(&m_window);
        m_conflictsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_window.shareShortcutsWith(m_conflictsDialog);
        ConflictsPage* page = m_conflictsDialog->page();
        connect(page, &ConflictsPage::takeRequested, this, &SyncActions::resolve);
        connect(page, &ConflictsPage::keepValueRequested, this, &SyncActions::resolveWith);
        connect(page, &ConflictsPage::openRecordRequested, this, [this](const QString& recordId) {
            if (m_conflictsDialog) {
                m_conflictsDialog->accept();
            }
            m_window.openClient(recordId);
        });
    }
    m_conflictsDialog->page()->setMayResolve(mayResolve());
    reloadConflicts(conflictId.toStdString());
    m_conflictsDialog->open();
}

void SyncActions::reloadConflicts(const std::string& select)
{
    if (!m_conflictsDialog || !m_session) {
        return;
    }
    ConflictsPage* page = m_conflictsDialog->page();
    try {
        std::vector<sync::Conflict> conflicts;
        // No identity yet means nothing was ever synced, so there can be no conflict (and
        // asking would make the identity).
        if (sync::DeviceIdentity::exists(m_session->database())) {
            conflicts = sync::SyncService(*m_session).conflicts();
        }
        page->model()->setConflicts(std::move(conflicts));
        page->select(select);
    } catch (const Error& error) {
        page->showError(SyncErrorText::describe(error, SyncErrorText::Work::Resolve).fullText());
    }
}

std::vector<sync::Conflict> SyncActions::conflictsOf(const QString& clientId)
{
    std::vector<sync::Conflict> out;
    if (!m_session || m_runner.isBusy() || !sync::DeviceIdentity::exists(m_session->database())) {
        return out;
    }
    try {
        for (sync::Conflict& conflict : sync::SyncService(*m_session).conflicts()) {
            if (QString::fromStdString(conflict.record.hex()) == clientId) {
                out.push_back(std::move(conflict));
            }
        }
    } catch (const Error&) {
        // The record page stays usable without its conflicts; the conflicts page says why.
    }
    return out;
}

void SyncActions::resolve(const QString& conflictId, bool local)
{
    resolveThrough(
        [id = conflictId.toStdString(), local](sync::SyncService& service) {
            service.resolve(id, local ? sync::Take::Local : sync::Take::Remote);
        },
        conflictId);
}

void SyncActions::resolveWith(const QString& conflictId, const QString& headId)
{
    resolveThrough([id = conflictId.toStdString(),
                    head = headId.toStdString()](sync::SyncService& service) { service.resolve(id, head); },
                   conflictId);
}

bool SyncActions::resolveThrough(const std::function<void(sync::SyncService&)>& resolve,
                                 const QString& conflictId)
{
    if (!mayResolve() || m_runner.isBusy()) {
        return false;
    }
    std::string record;
    try {
        sync::SyncService service(*m_session);
        for (const sync::Conflict& conflict : service.conflicts()) {
            if (conflict.id == conflictId.toStdString()) {
                record = conflict.record.hex();
            }
        }
        resolve(service);
    } catch (const Error& error) {
        const QString text = SyncErrorText::describe(error, SyncErrorText::Work::Resolve).fullText();
        if (m_conflictsDialog && m_conflictsDialog->isVisible()) {
            m_conflictsDialog->page()->showError(text);
        } else {
            auto* box
                = new QMessageBox(QMessageBox::Warning, tr("Conflicts"), text, QMessageBox::Ok, &m_window);
            box->setObjectName(QStringLiteral("resolveErrorBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            m_window.shareShortcutsWith(box);
            box->open();
        }
        return false;
    }
    if (m_conflictsDialog) {
        m_conflictsDialog->page()->showError({});
    }
    reloadConflicts(conflictId.toStdString());
    Q_EMIT conflictsChanged();
    if (!record.empty()) {
        m_screens.recordChangedLater(record);
    }
    return true;
}

bool SyncActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    return QObject::eventFilter(watched, event);
}

void SyncActions::retranslateUi()
{
    m_menu->setTitle(tr("S&ync"));
    m_export->setText(tr("&Send changes to a device…"));
    m_export->setStatusTip(tr("Write a sync package for a trusted device"));
    m_import->setText(tr("&Receive changes from a file…"));
    m_import->setStatusTip(tr("Preview and import a sync package from another device"));
    m_conflicts->setText(tr("&Conflicts…"));
    m_conflicts->setStatusTip(tr("Values changed on two devices, to choose between"));
    m_devices->setText(tr("&Devices…"));
    m_devices->setStatusTip(tr("This device's fingerprint, and the devices this database trusts"));
}

} // namespace majakka::ui
