#pragma once

#include "domain/Role.h"

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
class Session;
} // namespace majakka

namespace majakka::ui {

class ClientListPage;
class ClientRecordPage;
class HomePage;
class LockedPage;

// The frame around the screens: menus, navigation, pages and the status bar.
// The controller tells it who is signed in, hands it the session's client
// service while unlocked (setSession) and tells it when it is locked; it asks
// for a lock, the settings or to quit.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        HomePageIndex,
        LockedPageIndex,
        ClientsPageIndex,
        FirstRecordPageIndex
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void showUnlocked(const QString& userName, domain::Role role, const QString& databasePath);
    // The case screens read and write through this session until it is taken
    // away (nullptr) or the window is locked. The session must outlive that.
    void setSession(Session* session);
    // Hides every page behind the locked page, closes open records and
    // forgets every row read from the database.
    void showLocked();
    bool isLocked() const;
    void setAutoLockMinutes(int minutes);

    // The page shown before the last lock, to return to after unlocking.
    int pageBeforeLock() const { return m_pageBeforeLock; }
    void showPage(int index);
    int currentPage() const;

    // Opens the client's record (ClientService::show, audited), or goes to it when open already.
    ClientRecordPage* openClient(const QString& clientId);
    void showClients();
    void showHome();
    ClientRecordPage* currentRecord() const;
    QList<ClientRecordPage*> openRecords() const { return m_records; }
    void closeRecord(ClientRecordPage* page);

    // A modal dialog blocks the main window's shortcuts. Every dialog opened
    // over it gets Lock and Quit as well, so that Ctrl+L works in it too.
    void shareShortcutsWith(QWidget* dialog) const;

    HomePage* homePage() const { return m_home; }
    ClientListPage* clientListPage() const { return m_clientList; }
    QAction* lockAction() const { return m_lockAction; }
    QAction* settingsAction() const { return m_settingsAction; }
    QAction* quitAction() const { return m_quitAction; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    QAction* findAction() const { return m_findAction; }
    QAction* addEntryAction() const { return m_addEntryAction; }
    QAction* editEntryAction() const { return m_editEntryAction; }
    QAction* removeEntryAction() const { return m_removeEntryAction; }
    QAction* caseSummaryAction() const { return m_caseSummaryAction; }
    QAction* statisticsAction() const { return m_statisticsAction; }
    QMenu* fileMenu() const { return m_fileMenu; }

Q_SIGNALS:
    void lockRequested();
    void settingsRequested();
    void quitRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createRecordActions();
    void retranslateUi();
    void updateStatus();
    void updateActions();
    void updateNavigation();
    void refreshHome();
    void closeAllRecords();
    void pageChanged();
    void showAbout();
    void showOpenError(const QString& message);

    QStackedWidget* m_pages;
    QListWidget* m_navigation;
    HomePage* m_home;
    LockedPage* m_locked;
    ClientListPage* m_clientList;
    QList<ClientRecordPage*> m_records;
    QUndoGroup* m_undoGroup;
    Session* m_session = nullptr;
    std::unique_ptr<ClientService> m_clients;
    QString m_userName;
    domain::Role m_role = domain::Role::Caseworker;
    int m_pageBeforeLock = 0;
    int m_autoLockMinutes = 0;

    QMenu* m_fileMenu;
    QMenu* m_editMenu;
    QMenu* m_goMenu;
    QMenu* m_recordMenu;
    QMenu* m_helpMenu;
    QAction* m_lockAction;
    QAction* m_settingsAction;
    QAction* m_quitAction;
    QAction* m_undoAction;
    QAction* m_redoAction;
    QAction* m_findAction;
    QAction* m_homeAction;
    QAction* m_clientsAction;
    QAction* m_closeRecordAction;
    QAction* m_addEntryAction;
    QAction* m_editEntryAction;
    QAction* m_removeEntryAction;
    QAction* m_caseSummaryAction;
    QAction* m_statisticsAction;
    QAction* m_aboutAction;
    QLabel* m_statusLabel;
};

} // namespace majakka::ui
