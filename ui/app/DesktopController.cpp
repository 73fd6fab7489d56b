#include "ui/app/DesktopController.h"

#include "Error.h"
#include "session/Session.h"
#include "ui/app/DatabaseLocation.h"
#include "ui/app/LanguageManager.h"
#include "ui/app/Resources.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Paths.h"
#include "ui/lock/TransientWindows.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/sync/SyncActions.h"
#include "ui/unlock/CreateDatabaseDialog.h"
#include "ui/unlock/UnlockDialog.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <utility>

namespace majakka::ui {

DesktopController::DesktopController(Options options, LanguageManager& languages, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_languages(languages)
{
    initResources();
    if (QApplication::windowIcon().isNull()) {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/majakka.svg")));
    }
    connect(&m_idle, &IdleWatcher::idle, this, &DesktopController::lock);
    connect(&m_handoff, &FileHandoff::fileReceived, this, &DesktopController::syncFileReceived);
}

DesktopController::~DesktopController()
{
    m_idle.stop();
    saveWindowGeometry();
    delete m_settingsDialog.data();
    delete m_unlock.data();
    delete m_create.data();
    if (m_sync) {
        m_sync->setSession(nullptr); // its worker goes before the session
    }
    endSession();
    m_window.reset();
}

SyncActions* DesktopController::syncActions() const
{
    return m_sync;
}

void DesktopController::endSession()
{
    // Destroying the session closes the database and wipes the data key; the
    // worker does it once its running job, if any, has stopped.
    m_worker.retire(std::move(m_session));
}

UnlockDialog* DesktopController::unlockDialog() const
{
    return m_unlock;
}

CreateDatabaseDialog* DesktopController::createDialog() const
{
    return m_create;
}

SettingsDialog* DesktopController::settingsDialog() const
{
    return m_settingsDialog;
}

void DesktopController::start()
{
    QString path = m_options.databasePath;
    if (path.isEmpty()) {
        const QString last = m_settings.lastDatabase();
        if (!last.isEmpty() && QFileInfo::exists(last)) {
            path = last;
        }
    }
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        if (m_claim.claim(path)) {
            claimed();
            m_pendingSyncFile = m_options.syncFile;
            showUnlockDialog(path);
        } else if (!m_options.syncFile.isEmpty()) {
            // The window that has the database previews the package; this program has nothing left to do.
            FileHandoff::send(path, m_options.syncFile, this, [this, path](bool handedOver) {
                if (handedOver) {
                    Q_EMIT quitRequested();
                } else {
                    showDatabaseInUse(path, true);
                }
            });
        } else {
            showDatabaseInUse(path);
        }
        return;
    }
    m_pendingSyncFile = m_options.syncFile;
    // A --db path that does not exist yet is where the new database goes.
    const QString folder
        = m_options.databaseFolder.isEmpty() ? defaultDatabaseFolder() : m_options.databaseFolder;
    showCreateDialog(path.isEmpty() ? suggestedDatabasePath(folder) : path);
}

QWidget* DesktopController::dialogParent() const
{
    return m_window.get();
}

template<typename Dialog> void DesktopController::present(Dialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (dialog->parentWidget()) {
        dialog->open();
    } else {
        dialog->show();
    }
    dialog->raise();
    dialog->activateWindow();
}

// Closes a dialog of ours without it reporting back (a dismissed unlock dialog
// must not quit the program).
template<typename Dialog> void DesktopController::dismiss(QPointer<Dialog>& dialog)
{
    if (dialog) {
        QObject::disconnect(dialog, nullptr, this, nullptr);
        dialog->hide();
        dialog->deleteLater();
        dialog.clear();
    }
}

void DesktopController::showUnlockDialog(const QString& databasePath)
{
    dismiss(m_create);
    if (m_unlock) {
        m_unlock->setDatabasePath(databasePath);
        present(m_unlock.data());
        return;
    }
    m_unlock = new UnlockDialog(databasePath, dialogParent());
    if (m_lockedState && m_lockedState->databasePath == databasePath) {
        m_unlock->setUserName(m_lockedState->userName);
    }
    connect(m_unlock, &UnlockDialog::sessionOpened, this, [this] {
        std::unique_ptr<Session> session = m_unlock->takeSession();
        dismiss(m_unlock);
        enterSession(std::move(session));
    });
    connect(m_unlock, &UnlockDialog::createRequested, this, [this] {
        m_returnToPath = m_unlock->databasePath();
        const QString folder = QFileInfo(m_returnToPath).absolutePath();
        showCreateDialog(suggestedDatabasePath(folder));
    });
    connect(m_unlock, &QDialog::rejected, this, &DesktopController::quit);
    present(m_unlock.data());
}

void DesktopController::showCreateDialog(const QString& suggestedPath)
{
    dismiss(m_unlock);
    dismiss(m_create);
    m_create = new CreateDatabaseDialog(suggestedPath, m_options.kdf, dialogParent());
    connect(m_create, &CreateDatabaseDialog::sessionOpened, this, [this] {
        std::unique_ptr<Session> session = m_create->takeSession();
        dismiss(m_create);
        m_returnToPath.clear();
        enterSession(std::move(session));
    });
    connect(m_create, &QDialog::rejected, this, [this] {
        const QString back = std::exchange(m_returnToPath, QString());
        if (!back.isEmpty()) {
            showUnlockDialog(back);
        } else {
            quit();
        }
    });
    present(m_create.data());
}

void DesktopController::showDatabaseInUse(const QString& databasePath, bool fileNotHandedOver)
{
    showUnlockDialog(databasePath);
    delete m_inUseNotice.data();
    QString text = tr("This database is already open in another Majakka window, which may "
                      "be locked or minimised. Switch to that window to go on working.\n\n"
                      "Only one Majakka window at a time can use a database. Here you can "
                      "open or create another one.");
    if (fileNotHandedOver) {
        text += QStringLiteral("\n\n")
            + tr("The sync package could not be passed to that window (it did not answer). Open it there "
                 "with Sync → Receive changes.");
    }
    m_inUseNotice = new QMessageBox(
        QMessageBox::Information, tr("Database already open"), text, QMessageBox::Ok, m_unlock);
    m_inUseNotice->setObjectName(QStringLiteral("databaseInUseNotice"));
    present(m_inUseNotice.data());
}

void DesktopController::ensureMainWindow()
{
    if (m_window) {
        return;
    }
    m_window = std::make_unique<MainWindow>(m_worker);
    m_window->setKdfProvider(m_options.kdf);
    m_sync = new SyncActions(*m_window);
    const QByteArray geometry = m_settings.mainWindowGeometry();
    if (!geometry.isEmpty()) {
        m_window->restoreGeometry(geometry);
    }
    connect(m_window.get(), &MainWindow::lockRequested, this, &DesktopController::lock);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &DesktopController::openSettings);
    connect(m_window.get(), &MainWindow::quitRequested, this, &DesktopController::quit);
}

void DesktopController::enterSession(std::unique_ptr<Session> session)
{
    if (!session) {
        return;
    }
    const QString path = fromPath(session->databasePath());
    if (!m_claim.claim(path)) {
        // The other window is locked (its database closed), so this one got in:
        // step back out rather than take the database from under it.
        m_worker.retire(std::move(session));
        showDatabaseInUse(path);
        return;
    }
    m_session = std::move(session);
    claimed();
    const domain::User& user = m_session->user();
    m_settings.setLastDatabase(QFileInfo(path).absoluteFilePath());
    m_settings.sync();

    const bool sameAsBefore
        = m_lockedState && m_lockedState->databasePath == path && m_lockedState->userId == user.id;
    ensureMainWindow();
    m_window->showUnlocked(QString::fromStdString(user.name), user.role, path);
    if (sameAsBefore) {
        m_window->showPage(m_window->pageBeforeLock());
    }
    m_lockedState.reset();

    int minutes = static_cast<int>(Session::DefaultAutoLock.count());
    try {
        minutes = static_cast<int>(m_session->autoLockAfter().count());
    } catch (const std::exception&) {
        // A setting that cannot be read must not keep the program from locking: use the default.
    }
    applyAutoLock(minutes);
    m_idle.start();

    // The case screens work on this session, reading through the worker; the
    // window lets go of it itself when it is locked, before the session goes.
    m_worker.setSession(m_session.get());
    m_window->setSession(m_session.get());
    m_sync->setSession(m_session.get());
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    Q_EMIT unlocked();
    if (!m_pendingSyncFile.isEmpty()) {
        m_sync->previewImport(std::exchange(m_pendingSyncFile, QString()));
    }
}

void DesktopController::claimed()
{
    // Another program started with a sync package for this database hands it over here.
    m_handoff.listen(m_claim.claimedPath());
}

void DesktopController::syncFileReceived(const QString& file)
{
    if (m_session && m_window && m_sync) {
        m_window->raise();
        m_window->activateWindow();
        m_sync->previewImport(file);
        return;
    }
    // Locked or not unlocked yet: the preview waits for the unlock.
    m_pendingSyncFile = file;
    if (m_unlock) {
        m_unlock->raise();
        m_unlock->activateWindow();
    }
}

void DesktopController::applyAutoLock(int minutes)
{
    m_autoLockMinutes = minutes;
    m_idle.setInterval(std::chrono::minutes(minutes));
    if (m_window) {
        m_window->setAutoLockMinutes(minutes);
    }
}

void DesktopController::lock()
{
    if (!m_session) {
        return;
    }
    m_idle.stop();
    // Nothing may hold the lock up: a running import or export is cancelled
    // (it rolls back) and waited for, open dialogs and menus are closed and
    // whatever was typed in them is dropped.
    if (m_sync) {
        m_sync->setSession(nullptr);
    }
    closeTransientWindows(m_unlock);
    m_settingsDialog.clear();

    m_lockedState = LockedState {fromPath(m_session->databasePath()),
                                 m_session->user().id,
                                 QString::fromStdString(m_session->user().name)};
    if (m_window) {
        m_window->showLocked();
    }
    saveWindowGeometry();
    endSession();
    showUnlockDialog(m_lockedState->databasePath);
    Q_EMIT locked();
}

void DesktopController::openSettings()
{
    if (!m_session || !m_window) {
        return;
    }
    if (m_settingsDialog) {
        present(m_settingsDialog.data());
        return;
    }
    m_settingsDialog = new SettingsDialog(m_autoLockMinutes,
                                          m_languages.current(),
                                          m_session->user().role == domain::Role::Administrator,
                                          m_window.get());
    m_window->shareShortcutsWith(m_settingsDialog);
    connect(m_settingsDialog, &SettingsDialog::saveRequested, this, &DesktopController::saveSettings);
    present(m_settingsDialog.data());
}

void DesktopController::saveSettings()
{
    SettingsDialog* dialog = m_settingsDialog;
    if (!dialog || !m_session) {
        return;
    }
    const int minutes = dialog->autoLockMinutes();
    if (minutes != m_autoLockMinutes) {
        try {
            m_session->setAutoLockAfter(std::chrono::minutes(minutes));
        } catch (const Error& error) {
            dialog->showError(ErrorText::describe(error).fullText());
            return;
        }
        applyAutoLock(minutes);
        m_idle.start();
    }
    m_languages.choose(dialog->language());
    dialog->accept();
}

void DesktopController::saveWindowGeometry()
{
    if (m_window && m_window->isVisible()) {
        m_settings.setMainWindowGeometry(m_window->saveGeometry());
        m_settings.sync();
    }
}

void DesktopController::quit()
{
    if (std::exchange(m_quitting, true)) {
        return;
    }
    m_idle.stop();
    saveWindowGeometry();
    dismiss(m_unlock);
    dismiss(m_create);
    if (m_sync) {
        m_sync->setSession(nullptr);
    }
    closeTransientWindows();
    endSession();
    m_handoff.close();
    m_claim.release();
    Q_EMIT quitRequested();
}

} // namespace majakka::ui
