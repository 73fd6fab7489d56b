#pragma once

#include "domain/Role.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace majakka::ui {

class HomePage;
class LockedPage;

// The frame around the screens: menus, pages and the status bar. It knows
// nothing of sessions; the controller tells it who is signed in and when it
// is locked, and it asks for a lock, the settings or to quit.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    void showUnlocked(const QString& userName, domain::Role role, const QString& databasePath);
    // Hides every page behind the locked page and remembers which one was shown.
    void showLocked();
    bool isLocked() const;
    void setAutoLockMinutes(int minutes);

    // The page shown before the last lock, to return to after unlocking.
    int pageBeforeLock() const { return m_pageBeforeLock; }
    void showPage(int index);
    int currentPage() const;

    // A modal dialog blocks the main window's shortcuts. Every dialog opened
    // over it gets Lock and Quit as well, so that Ctrl+L works in it too.
    void shareShortcutsWith(QWidget* dialog) const;

    HomePage* homePage() const { return m_home; }
    QAction* lockAction() const { return m_lockAction; }
    QAction* settingsAction() const { return m_settingsAction; }
    QAction* quitAction() const { return m_quitAction; }
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
    void retranslateUi();
    void updateStatus();
    void showAbout();

    QStackedWidget* m_pages;
    HomePage* m_home;
    LockedPage* m_locked;
    int m_pageBeforeLock = 0;
    int m_autoLockMinutes = 0;

    QMenu* m_fileMenu;
    QMenu* m_helpMenu;
    QAction* m_lockAction;
    QAction* m_settingsAction;
    QAction* m_quitAction;
    QAction* m_aboutAction;
    QLabel* m_statusLabel;
};

} // namespace majakka::ui
