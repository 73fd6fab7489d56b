#pragma once

#include "ui/app/AppSettings.h"
#include "ui/app/DatabaseClaim.h"
#include "ui/app/FileHandoff.h"
#include "ui/app/SessionWorker.h"
#include "ui/lock/IdleWatcher.h"
#include "ui/unlock/SessionOpener.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <cstdint>
#include <memory>
#include <optional>

class QWidget;

namespace majakka {
class Session;
}

namespace majakka::ui {

class CreateDatabaseDialog;
class LanguageManager;
class MainWindow;
class SettingsDialog;
class SyncActions;
class UnlockDialog;

// Decides which screen comes next (first run, unlock, main window), owns the
// session between unlock and lock, and makes sure a lock always happens:
// open dialogs are closed, the session is destroyed (closing the database and
// wiping the key), and the unlock dialog takes over.
class DesktopController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // From --db; empty when not given (then the last database is used).
        QString databasePath;
        // Where a first database is suggested; empty means the program's data folder.
        QString databaseFolder;
        // Key-stretching cost for a new database; empty means calibrated on this
        // machine. Tests pass KdfParams::forTests().
        SessionOpener::KdfProvider kdf;
        // A sync package given on the command line: its import preview starts
        // after unlocking, or in the window that has the database already.
        QString syncFile;
    };

    DesktopController(Options options, LanguageManager& languages, QObject* parent = nullptr);
    ~DesktopController() override;

    // Shows the unlock dialog when there is a database to open, else the first-run dialog.
    void start();
    void lock();

    // What tests and screenshots look at. Each is null while not shown.
    Session* session() const { return m_session.get(); }
    MainWindow* mainWindow() const { return m_window.get(); }
    UnlockDialog* unlockDialog() const;
    CreateDatabaseDialog* createDialog() const;
    SettingsDialog* settingsDialog() const;
    // Shown over the unlock dialog when another Majakka window has this database.
    QMessageBox* databaseInUseNotice() const { return m_inUseNotice; }
    IdleWatcher& idleWatcher() { return m_idle; }
    // The Sync menu and its work; null until the main window exists.
    SyncActions* syncActions() const;
    FileHandoff& fileHandoff() { return m_handoff; }
    SessionWorker& worker() { return m_worker; }

Q_SIGNALS:
    void unlocked();
    void locked();
    void quitRequested();

private:
    // Who was signed in before the lock, in memory only: unlocking the same
    // database as the same user returns to the same page.
    struct LockedState
    {
        QString databasePath;
        std::int64_t userId = 0;
        QString userName;
    };

    void showUnlockDialog(const QString& databasePath);
    void showCreateDialog(const QString& suggestedPath);
    void showDatabaseInUse(const QString& databasePath, bool fileNotHandedOver = false);
    void claimed();
    void syncFileReceived(const QString& file);
    void enterSession(std::unique_ptr<Session> session);
    void ensureMainWindow();
    void applyAutoLock(int minutes);
    void openSettings();
    void saveSettings();
    void quit();
    // Ends the session without waiting for the worker (see SessionWorker::retire).
    void endSession();
    void saveWindowGeometry();
    QWidget* dialogParent() const;
    template<typename Dialog> void present(Dialog* dialog);
    template<typename Dialog> void dismiss(QPointer<Dialog>& dialog);

    Options m_options;
    LanguageManager& m_languages;
    AppSettings m_settings;
    IdleWatcher m_idle;
    DatabaseClaim m_claim;
    FileHandoff m_handoff;
    // Before the session, so that it is still there when the session goes.
    SessionWorker m_worker;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QPointer<UnlockDialog> m_unlock;
    QPointer<CreateDatabaseDialog> m_create;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<QMessageBox> m_inUseNotice;
    QPointer<SyncActions> m_sync;
    // A sync package to preview once unlocked.
    QString m_pendingSyncFile;
    std::optional<LockedState> m_lockedState;
    // The database to go back to when a create dialog opened from the unlock dialog is cancelled.
    QString m_returnToPath;
    int m_autoLockMinutes = 0;
    bool m_quitting = false;
};

} // namespace majakka::ui
