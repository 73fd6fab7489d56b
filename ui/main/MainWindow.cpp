#include "ui/main/MainWindow.h"

#include "Error.h"
#include "casework/ClientService.h"
#include "session/Session.h"
#include "session/UserAdministration.h"
#include "ui/app/SessionWorker.h"
#include "ui/backup/BackupRunner.h"
#include "ui/casesummary/CaseSummaryDialog.h"
#include "ui/clients/ClientListPage.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Today.h"
#include "ui/hotline/HotlinePage.h"
#include "ui/lock/LockedPage.h"
#include "ui/main/AboutBox.h"
#include "ui/main/CaseQueries.h"
#include "ui/main/HomePage.h"
#include "ui/record/ClientRecordPage.h"
#include "ui/record/RecordEditor.h"
#include "ui/statistics/StatisticsDialog.h"
#include "ui/users/UsersPage.h"
#include "ui/wizard/NewClientWizard.h"

#include <QAction>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>

namespace majakka::ui {

namespace {
// Rows of the navigation list; the records follow the fixed pages.
constexpr int NavigationHome = 0;
constexpr int NavigationClients = 1;
constexpr int NavigationHotline = 2;
constexpr int NavigationUsers = 3;
constexpr int NavigationFirstRecord = 4;
} // namespace

MainWindow::MainWindow(SessionWorker& worker, QWidget* parent)
    : QMainWindow(parent)
    , m_worker(worker)
    , m_pages(new QStackedWidget(this))
    , m_navigation(new QListWidget(this))
    , m_home(new HomePage(m_pages))
    , m_locked(new LockedPage(m_pages))
    , m_clientList(new ClientListPage(m_pages))
    , m_hotline(new HotlinePage(worker, m_pages))
    , m_users(new UsersPage(worker, m_pages))
    , m_undoGroup(new QUndoGroup(this))
    , m_records(new RecordPages(*m_pages, *m_undoGroup, this))
    , m_actions(new MainActions(*this, *m_undoGroup))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // In the order of Page.
    m_pages->addWidget(m_home);
    m_pages->addWidget(m_locked);
    m_pages->addWidget(m_clientList);
    m_pages->addWidget(m_hotline);
    m_pages->addWidget(m_users);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    for (int row = 0; row < NavigationFirstRecord; ++row) {
        m_navigation->addItem(QString());
    }
    m_navigation->setMaximumWidth(220);
    m_navigation->setMinimumWidth(140);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    connectActions();

    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        updateNavigation();
        updateActions();
    });
    connect(m_records, &RecordPages::listChanged, this, [this] {
        updateNavigation();
        updateActions();
    });
    connect(m_records, &RecordPages::selectionChanged, this, &MainWindow::updateActions);
    connect(m_records, &RecordPages::openClientRequested, this, &MainWindow::openClient);
    connect(m_records, &RecordPages::recordChanged, this, [this] {
        m_clientList->reload();
        refreshHome();
    });
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::navigate);
    connect(m_clientList, &ClientListPage::openRequested, this, &MainWindow::openClient);
    connect(m_home, &HomePage::openRequested, this, &MainWindow::openClient);
    connect(m_users, &UsersPage::dialogOpened, this, &MainWindow::shareShortcutsWith);
    retranslateUi();
    resize(1100, 700);
    showLocked();
}

MainWindow::~MainWindow()
{
    // Records hold the client service; they go before it.
    m_records->closeAll();
}

void MainWindow::connectActions()
{
    MainActions& a = *m_actions;
    connect(a.newClient, &QAction::triggered, this, &MainWindow::newClient);
    connect(a.backup, &QAction::triggered, this, &MainWindow::backUp);
    connect(a.lock, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(a.settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(a.quit, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(a.find, &QAction::triggered, this, [this] {
        showClients();
        m_clientList->focusSearch();
    });
    connect(a.home, &QAction::triggered, this, &MainWindow::showHome);
    connect(a.clients, &QAction::triggered, this, &MainWindow::showClients);
    connect(a.hotline, &QAction::triggered, this, &MainWindow::showHotline);
    connect(a.users, &QAction::triggered, this, &MainWindow::showUsers);
    connect(a.closeRecord, &QAction::triggered, this, [this] { closeRecord(currentRecord()); });
    const auto onRecord = [this](void (ClientRecordPage::*act)()) {
        return [this, act] {
            if (ClientRecordPage* page = currentRecord()) {
                (page->*act)();
            }
        };
    };
    connect(a.addEntry, &QAction::triggered, this, onRecord(&ClientRecordPage::addEntry));
    connect(a.editEntry, &QAction::triggered, this, onRecord(&ClientRecordPage::editEntry));
    connect(a.removeEntry, &QAction::triggered, this, onRecord(&ClientRecordPage::removeEntry));
    connect(a.caseSummary, &QAction::triggered, this, [this] {
        if (ClientRecordPage* page = currentRecord(); page && m_session) {
            shareShortcutsWith(CaseSummaryDialog::open(*m_session, page->editor()->record(), this));
        }
    });
    connect(a.statistics, &QAction::triggered, this, [this] {
        if (m_session && !isLocked()) {
            shareShortcutsWith(StatisticsDialog::open(*m_session, this));
        }
    });
    connect(a.about, &QAction::triggered, this, [this] {
        QMessageBox* box = makeAboutBox(this);
        shareShortcutsWith(box);
        box->open();
    });
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
    m_actions->retranslate();
    m_navigation->setAccessibleName(tr("Pages"));
    updateNavigation();
    updateActions();
    updateStatus();
}

void MainWindow::navigate(int row)
{
    if (row == NavigationHome) {
        showHome();
    } else if (row == NavigationClients) {
        showClients();
    } else if (row == NavigationHotline) {
        showHotline();
    } else if (row == NavigationUsers) {
        showUsers();
    } else if (row >= NavigationFirstRecord && row - NavigationFirstRecord < m_records->all().size()) {
        m_pages->setCurrentWidget(m_records->all()[row - NavigationFirstRecord]);
    }
}

void MainWindow::updateNavigation()
{
    // Items come and go here; that is no choice of a page by the person.
    const QSignalBlocker blocker(m_navigation);
    m_navigation->item(NavigationHome)->setText(tr("Home"));
    m_navigation->item(NavigationClients)->setText(tr("Clients"));
    m_navigation->item(NavigationHotline)->setText(tr("Hotline log"));
    m_navigation->item(NavigationUsers)->setText(tr("Users"));
    m_navigation->item(NavigationUsers)->setHidden(m_role != domain::Role::Administrator);
    const QList<ClientRecordPage*>& records = m_records->all();
    while (m_navigation->count() > NavigationFirstRecord + records.size()) {
        delete m_navigation->takeItem(m_navigation->count() - 1);
    }
    for (int i = 0; i < records.size(); ++i) {
        if (m_navigation->count() <= NavigationFirstRecord + i) {
            m_navigation->addItem(QString());
        }
        m_navigation->item(NavigationFirstRecord + i)->setText(records[i]->title());
    }
    int row = -1;
    QWidget* current = m_pages->currentWidget();
    if (current == m_home) {
        row = NavigationHome;
    } else if (current == m_clientList) {
        row = NavigationClients;
    } else if (current == m_hotline) {
        row = NavigationHotline;
    } else if (current == m_users) {
        row = NavigationUsers;
    } else if (ClientRecordPage* page = currentRecord()) {
        row = NavigationFirstRecord + static_cast<int>(records.indexOf(page));
    }
    m_navigation->setCurrentRow(row);
}

void MainWindow::updateActions()
{
    ClientRecordPage* record = currentRecord();
    MainActions::State state;
    state.unlocked = !isLocked() && m_session;
    state.role = m_role;
    state.recordOpen = record != nullptr;
    state.recordMayUndo = record && record->mayUndo();
    state.entry = record ? record->entryActions() : EntryActions {};
    m_actions->update(state);
}

void MainWindow::showUnlocked(const QString& userName, domain::Role role, const QString& databasePath)
{
    m_userName = userName;
    m_role = role;
    m_home->showUser(userName, role, databasePath);
    m_pages->setCurrentWidget(m_home);
    m_navigation->setVisible(true);
    updateNavigation();
    updateActions();
    updateStatus();
}

void MainWindow::setKdfProvider(SessionOpener::KdfProvider kdf)
{
    m_kdf = std::move(kdf);
}

void MainWindow::setSession(Session* session)
{
    m_records->closeAll();
    m_clientList->clear();
    m_hotline->clear();
    m_users->clear();
    m_clients.reset();
    m_session = session;
    if (!m_session || isLocked()) {
        m_session = nullptr;
        updateActions();
        return;
    }
    // For what the window writes itself: records and new clients.
    m_clients = std::make_unique<ClientService>(*m_session);
    m_clientList->setQuery(queries::clientListQuery(
        m_worker, m_clientList->model(), [this](const Error& error) { showError(error); }));
    // The home page's figures after the list's first page: the list is what a
    // search needs at once, and the worker answers in order.
    refreshHome();
    m_hotline->start(today());
    if (m_role == domain::Role::Administrator) {
        m_users->start(QString::fromStdString(m_session->user().name), m_kdf);
    }
    updateActions();
}

void MainWindow::refreshHome()
{
    if (!m_session) {
        return;
    }
    const domain::Date now = today();
    m_worker.run<queries::HomeFigures>(
        m_home,
        QStringLiteral("home"),
        [](Session& session, const JobControl&) {
            return queries::homeFigures(session, HomePage::DeadlineDays, HomePage::RecentClientCount);
        },
        [this, now](queries::HomeFigures figures) {
            m_home->showCases(std::move(figures.deadlines), figures.activeCases, now);
            m_home->showRecentClients(std::move(figures.recentClients));
        },
        [this](const Error& error) { showError(error); });
}

void MainWindow::showLocked()
{
    if (!isLocked()) {
        const int current = m_pages->currentIndex();
        // Records are closed on lock; coming back, the list is the nearest place.
        m_pageBeforeLock = current >= FirstRecordPageIndex ? int(ClientsPageIndex) : current;
    }
    m_records->closeAll();
    // A backup under way stops with the session; its dialogs are closed already.
    qDeleteAll(findChildren<BackupRunner*>(Qt::FindDirectChildrenOnly));
    m_clientList->clear();
    m_hotline->clear();
    m_users->clear();
    m_clients.reset();
    m_session = nullptr;
    m_pages->setCurrentWidget(m_locked);
    m_navigation->setVisible(false);
    m_home->clear();
    updateActions();
    updateStatus();
}

bool MainWindow::isLocked() const
{
    return m_pages->currentWidget() == m_locked;
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages->count() || m_pages->widget(index) == m_locked) {
        return;
    }
    if (index == UsersPageIndex && m_role != domain::Role::Administrator) {
        return;
    }
    m_pages->setCurrentIndex(index);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::showHome()
{
    if (isLocked()) {
        return;
    }
    refreshHome();
    m_pages->setCurrentWidget(m_home);
}

void MainWindow::showClients()
{
    if (!isLocked()) {
        m_pages->setCurrentWidget(m_clientList);
    }
}

void MainWindow::showHotline()
{
    if (!isLocked()) {
        m_pages->setCurrentWidget(m_hotline);
        m_hotline->focusEntry();
    }
}

void MainWindow::showUsers()
{
    if (!isLocked() && m_role == domain::Role::Administrator) {
        m_pages->setCurrentWidget(m_users);
    }
}

ClientRecordPage* MainWindow::openClient(const QString& clientId)
{
    if (!m_clients || isLocked()) {
        return nullptr;
    }
    try {
        return m_records->open(*m_clients, *m_session, clientId, m_role != domain::Role::Supervisor);
    } catch (const Error& error) {
        showError(error);
        return nullptr;
    }
}

void MainWindow::closeRecord(ClientRecordPage* page)
{
    m_records->close(page, isLocked() ? static_cast<QWidget*>(m_locked) : m_clientList);
}

void MainWindow::newClient()
{
    if (!m_clients || isLocked() || m_role == domain::Role::Supervisor) {
        return;
    }
    std::vector<domain::User> users;
    if (m_role == domain::Role::Administrator || m_role == domain::Role::OfficeWorker) {
        users = UserAdministration(*m_session).users();
    }
    auto* wizard = new NewClientWizard(*m_clients, m_session->user(), users, today(), this);
    shareShortcutsWith(wizard);
    connect(wizard, &NewClientWizard::created, this, [this](const QString& clientId) {
        m_clientList->reload();
        refreshHome();
        openClient(clientId);
    });
    // open(), not exec(): a nested event loop here would sit under a lock.
    wizard->open();
}

void MainWindow::backUp()
{
    if (!m_session || isLocked()) {
        return;
    }
    auto* runner
        = new BackupRunner(m_worker, QString::fromStdString(m_session->databasePath().string()), this);
    connect(runner, &BackupRunner::dialogOpened, this, &MainWindow::shareShortcutsWith);
    runner->start();
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
    dialog->addAction(m_actions->lock);
    dialog->addAction(m_actions->quit);
}

void MainWindow::showError(const Error& error)
{
    // open(), not exec(): a nested event loop here would sit under a lock.
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Majakka"), ErrorText::describe(error).fullText(), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    shareShortcutsWith(box);
    box->open();
}

} // namespace majakka::ui
