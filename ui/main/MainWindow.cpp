#include "ui/main/MainWindow.h"

#include "Version.h"
#include "ui/lock/LockedPage.h"
#include "ui/main/HomePage.h"

#include <QAction>
#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace majakka::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_home(new HomePage(m_pages))
    , m_locked(new LockedPage(m_pages))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->addWidget(m_home);
    m_pages->addWidget(m_locked);
    setCentralWidget(m_pages);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    createActions();
    retranslateUi();
    resize(900, 600);
    showLocked();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_lockAction = m_fileMenu->addAction(QString(), this, &MainWindow::lockRequested);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // Ctrl+L locks from any window of the program, an open dialog included.
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::settingsRequested);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &MainWindow::quitRequested);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Majakka"));
    m_fileMenu->setTitle(tr("&File"));
    m_lockAction->setText(tr("&Lock"));
    m_lockAction->setStatusTip(tr("Close the database until you unlock it again"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Majakka"));
    updateStatus();
}

void MainWindow::showUnlocked(const QString& userName, domain::Role role, const QString& databasePath)
{
    m_home->showUser(userName, role, databasePath);
    m_pages->setCurrentWidget(m_home);
    m_lockAction->setEnabled(true);
    m_settingsAction->setEnabled(true);
    updateStatus();
}

void MainWindow::showLocked()
{
    if (!isLocked()) {
        m_pageBeforeLock = m_pages->currentIndex();
    }
    m_pages->setCurrentWidget(m_locked);
    m_home->clear();
    m_lockAction->setEnabled(false);
    m_settingsAction->setEnabled(false);
    updateStatus();
}

bool MainWindow::isLocked() const
{
    return m_pages->currentWidget() == m_locked;
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < m_pages->count() && m_pages->widget(index) != m_locked) {
        m_pages->setCurrentIndex(index);
    }
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::setAutoLockMinutes(int minutes)
{
    m_autoLockMinutes = minutes;
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (isLocked()) {
        m_statusLabel->setText(tr("Locked"));
    } else {
        m_statusLabel->setText(
            tr("Unlocked. Majakka locks itself after %n minute(s) without use.", nullptr, m_autoLockMinutes));
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Q_EMIT quitRequested();
    event->accept();
}

void MainWindow::shareShortcutsWith(QWidget* dialog) const
{
    dialog->addAction(m_lockAction);
    dialog->addAction(m_quitAction);
}

void MainWindow::showAbout()
{
    // open(), not exec(): a nested event loop here would sit under a lock.
    auto* box
        = new QMessageBox(QMessageBox::NoIcon,
                          tr("About Majakka"),
                          tr("<h3>Majakka %1</h3>"
                             "<p>Casework for the Assistance System for Victims of Human Trafficking.</p>"
                             "<p>Records are kept in an encrypted database on this computer.</p>"
                             "<p>Licensed under the European Union Public Licence 1.2.</p>")
                              .arg(QString::fromUtf8(Version)),
                          QMessageBox::Ok,
                          this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    shareShortcutsWith(box);
    box->open();
}

} // namespace majakka::ui
