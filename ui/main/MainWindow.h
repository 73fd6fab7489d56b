#pragma once

#include "domain/Role.h"
#include "ui/main/MainActions.h"
#include "ui/main/RecordPages.h"
#include "ui/unlock/SessionOpener.h"

#include <QList>
#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace majakka {
class ClientService;
class Error;
class Session;
} // namespace majakka

namespace majakka::ui {

class ClientListPage;
class ClientRecordPage;
class HomePage;
class HotlinePage;
class LockedPage;
class SessionWorker;
class UsersPage;

// The frame around the screens: menus (MainActions), navigation, pages and
// the status bar. The controller tells it who is signed in, hands it the
// session while unlocked (setSession) and tells it when it is locked; it asks
// for a lock, the settings or to quit. The lists and figures it shows are read
// on the controller's worker thread; a record's edits and a new client are
// written directly.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        HomePageIndex,
        LockedPageIndex,
        ClientsPageIndex,
        HotlinePageIndex,
        UsersPageIndex,
        FirstRecordPageIndex
    };

    explicit MainWindow(SessionWorker& worker, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showUnlocked(const QString& userName, domain::Role role, const QString& databasePath);
    // The screens read and write through this session until it is taken away
    // (nullptr) or the window is locked. The session must outlive that.
    void setSession(Session* session);
    // Hides every page behind the locked page, closes open records and
    // forgets every row read from the database.
    void showLocked();
    bool isLocked() const;
    void setAutoLockMinutes(int minutes);
    // Key-stretching cost for the passphrases of new users (tests pass cheap ones).
    void setKdfProvider(SessionOpener::KdfProvider kdf);

    // The page shown before the last lock, to return to after unlocking.
    int pageBeforeLock() const { return m_pageBeforeLock; }
    void showPage(int index);
    int currentPage() const;

    // Opens the client's record (ClientService::show, audited), or goes to it when open already.
    ClientRecordPage* openClient(const QString& clientId);
    void showClients();
    void showHome();
    void showHotline();
    void showUsers();
    // The new client wizard (Ctrl+N); nothing when the role may not add clients.
    void newClient();
    // Asks where to write a backup, then writes it on the worker with a progress dialog.
    void backUp();
    ClientRecordPage* currentRecord() const { return m_records->current(); }
    QList<ClientRecordPage*> openRecords() const { return m_records->all(); }
    void closeRecord(ClientRecordPage* page);

    // A modal dialog blocks the main window's shortcuts. Every dialog opened
    // over it gets Lock and Quit as well, so that Ctrl+L works in it too.
    void shareShortcutsWith(QWidget* dialog) const;

    HomePage* homePage() const { return m_home; }
    ClientListPage* clientListPage() const { return m_clientList; }
    HotlinePage* hotlinePage() const { return m_hotline; }
    UsersPage* usersPage() const { return m_users; }
    MainActions* actions() const { return m_actions; }
    QAction* lockAction() const { return m_actions->lock; }
    QAction* settingsAction() const { return m_actions->settings; }
    QAction* quitAction() const { return m_actions->quit; }
    QAction* undoAction() const { return m_actions->undo; }
    QAction* redoAction() const { return m_actions->redo; }
    QAction* findAction() const { return m_actions->find; }
    QAction* addEntryAction() const { return m_actions->addEntry; }
    QAction* editEntryAction() const { return m_actions->editEntry; }
    QAction* removeEntryAction() const { return m_actions->removeEntry; }
    QAction* caseSummaryAction() const { return m_actions->caseSummary; }
    QAction* statisticsAction() const { return m_actions->statistics; }
    QMenu* fileMenu() const { return m_actions->fileMenu; }

Q_SIGNALS:
    void lockRequested();
    void settingsRequested();
    void quitRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void connectActions();
    void retranslateUi();
    void updateStatus();
    void updateActions();
    void updateNavigation();
    void refreshHome();
    void navigate(int row);
    void showError(const Error& error);

    SessionWorker& m_worker;
    QStackedWidget* m_pages;
    QListWidget* m_navigation;
    HomePage* m_home;
    LockedPage* m_locked;
    ClientListPage* m_clientList;
    HotlinePage* m_hotline;
    UsersPage* m_users;
    QUndoGroup* m_undoGroup;
    RecordPages* m_records;
    MainActions* m_actions;
    Session* m_session = nullptr;
    std::unique_ptr<ClientService> m_clients;
    SessionOpener::KdfProvider m_kdf;
    QString m_userName;
    domain::Role m_role = domain::Role::Caseworker;
    int m_pageBeforeLock = 0;
    int m_autoLockMinutes = 0;
    QLabel* m_statusLabel;
};

} // namespace majakka::ui
