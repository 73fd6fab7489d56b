#include "ui/main/MainWindow.h"

#include "Error.h"
#include "Version.h"
#include "casework/ClientService.h"
#include "session/Session.h"
#include "ui/casesummary/CaseSummaryDialog.h"
#include "ui/clients/ClientListPage.h"
#include "ui/common/ErrorText.h"
#include "ui/lock/LockedPage.h"
#include "ui/main/HomePage.h"
#include "ui/record/ClientRecordPage.h"
#include "ui/record/RecordEditor.h"
#include "ui/statistics/StatisticsDialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace majakka::ui {

namespace {
constexpr int NavigationHome = 0;
constexpr int NavigationClients = 1;
constexpr int NavigationFirstRecord = 2;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_navigation(new QListWidget(this))
    , m_home(new HomePage(m_pages))
    , m_locked(new LockedPage(m_pages))
    , m_clientList(new ClientListPage(m_pages))
    , m_undoGroup(new QUndoGroup(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->addWidget(m_home);
    m_pages->addWidget(m_locked);
    m_pages->addWidget(m_clientList);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->addItem(QString());
    m_navigation->addItem(QString());
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
    createActions();
    createRecordActions();

    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::pageChanged);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == NavigationHome) {
            showHome();
        } else if (row == NavigationClients) {
            showClients();
        } else if (row >= NavigationFirstRecord && row - NavigationFirstRecord < m_records.size()) {
            m_pages->setCurrentWidget(m_records[row - NavigationFirstRecord]);
        }
    });
    connect(m_clientList, &ClientListPage::openRequested, this, &MainWindow::openClient);
    connect(m_home, &HomePage::openRequested, this, &MainWindow::openClient);
    retranslateUi();
    resize(1100, 700);
    showLocked();
}

MainWindow::~MainWindow()
{
    // Records hold the client service; they go before it.
    closeAllRecords();
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
    // Supervisors publish the statistics (StatisticsExport's rule); nobody else sees the entry.
    m_statisticsAction = m_fileMenu->addAction(QString(), this, [this] {
        if (m_session && m_role == domain::Role::Supervisor) {
            shareShortcutsWith(StatisticsDialog::open(*m_session, this));
        }
    });
    m_statisticsAction->setObjectName(QStringLiteral("statisticsAction"));
    m_statisticsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &MainWindow::quitRequested);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_editMenu->addAction(QString(), m_undoGroup, &QUndoGroup::undo);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = m_editMenu->addAction(QString(), m_undoGroup, &QUndoGroup::redo);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, this, &MainWindow::updateActions);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, this, &MainWindow::updateActions);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, &MainWindow::updateActions);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, &MainWindow::updateActions);
    m_editMenu->addSeparator();
    m_findAction = m_editMenu->addAction(QString(), this, [this] {
        showClients();
        m_clientList->focusSearch();
    });
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));

    m_goMenu = menuBar()->addMenu(QString());
    m_homeAction = m_goMenu->addAction(QString(), this, &MainWindow::showHome);
    m_homeAction->setObjectName(QStringLiteral("homeAction"));
    m_homeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_clientsAction = m_goMenu->addAction(QString(), this, &MainWindow::showClients);
    m_clientsAction->setObjectName(QStringLiteral("clientsAction"));
    m_clientsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_goMenu->addSeparator();
    m_closeRecordAction = m_goMenu->addAction(QString(), this, [this] { closeRecord(currentRecord()); });
    m_closeRecordAction->setObjectName(QStringLiteral("closeRecordAction"));
    m_closeRecordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
}

void MainWindow::createRecordActions()
{
    m_recordMenu = menuBar()->addMenu(QString());
    // One Add, Edit and Remove for every list of the record: they act on the
    // part last used in the current tab, and say which (see EntryActions).
    const auto onRecord = [this](void (ClientRecordPage::*act)()) {
        return [this, act] {
            if (ClientRecordPage* page = currentRecord()) {
                (page->*act)();
            }
        };
    };
    m_addEntryAction = m_recordMenu->addAction(QString(), this, onRecord(&ClientRecordPage::addEntry));
    m_addEntryAction->setObjectName(QStringLiteral("addEntryAction"));
    m_addEntryAction->setShortcut(EntryActions::addShortcut());
    m_editEntryAction = m_recordMenu->addAction(QString(), this, onRecord(&ClientRecordPage::editEntry));
    m_editEntryAction->setObjectName(QStringLiteral("editEntryAction"));
    m_editEntryAction->setShortcut(EntryActions::editShortcut());
    m_removeEntryAction = m_recordMenu->addAction(QString(), this, onRecord(&ClientRecordPage::removeEntry));
    m_removeEntryAction->setObjectName(QStringLiteral("removeEntryAction"));
    m_removeEntryAction->setShortcut(EntryActions::removeShortcut());
    m_recordMenu->addSeparator();
    m_caseSummaryAction = m_recordMenu->addAction(QString(), this, [this] {
        if (ClientRecordPage* page = currentRecord(); page && m_session) {
            shareShortcutsWith(CaseSummaryDialog::open(*m_session, page->editor()->record(), this));
        }
    });
    m_caseSummaryAction->setObjectName(QStringLiteral("caseSummaryAction"));
    m_caseSummaryAction->setShortcut(QKeySequence::Print);

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
    m_statisticsAction->setText(tr("S&tatistics…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_findAction->setText(tr("&Find client"));
    m_goMenu->setTitle(tr("&Go"));
    m_homeAction->setText(tr("&Home"));
    m_clientsAction->setText(tr("&Clients"));
    m_closeRecordAction->setText(tr("Close &record"));
    m_recordMenu->setTitle(tr("&Record"));
    m_caseSummaryAction->setText(tr("Case &summary to print…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Majakka"));
    m_navigation->setAccessibleName(tr("Pages"));
    updateNavigation();
    updateActions();
    updateStatus();
}

void MainWindow::updateNavigation()
{
    m_navigation->item(NavigationHome)->setText(tr("Home"));
    m_navigation->item(NavigationClients)->setText(tr("Clients"));
    while (m_navigation->count() > NavigationFirstRecord + m_records.size()) {
        delete m_navigation->takeItem(m_navigation->count() - 1);
    }
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_navigation->count() <= NavigationFirstRecord + i) {
            m_navigation->addItem(QString());
        }
        m_navigation->item(NavigationFirstRecord + i)->setText(m_records[i]->title());
    }
    int row = -1;
    if (m_pages->currentWidget() == m_home) {
        row = NavigationHome;
    } else if (m_pages->currentWidget() == m_clientList) {
        row = NavigationClients;
    } else if (ClientRecordPage* page = currentRecord()) {
        row = NavigationFirstRecord + static_cast<int>(m_records.indexOf(page));
    }
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(row);
}

void MainWindow::updateActions()
{
    const bool unlocked = !isLocked() && m_clients;
    ClientRecordPage* record = currentRecord();
    const bool editable = record && record->mayUndo();
    m_undoAction->setEnabled(editable && m_undoGroup->canUndo());
    m_redoAction->setEnabled(editable && m_undoGroup->canRedo());
    const QString undoText = m_undoGroup->undoText();
    const QString redoText = m_undoGroup->redoText();
    m_undoAction->setText(undoText.isEmpty() || !editable ? tr("&Undo") : tr("&Undo: %1").arg(undoText));
    m_redoAction->setText(redoText.isEmpty() || !editable ? tr("&Redo") : tr("&Redo: %1").arg(redoText));
    m_findAction->setEnabled(unlocked);
    m_homeAction->setEnabled(!isLocked());
    m_clientsAction->setEnabled(unlocked);
    m_closeRecordAction->setEnabled(record != nullptr);
    const EntryActions entry = record ? record->entryActions() : EntryActions {};
    m_addEntryAction->setEnabled(entry.add);
    m_addEntryAction->setText(entry.addText.isEmpty() ? tr("&Add entry…") : entry.addText);
    m_editEntryAction->setEnabled(entry.edit);
    m_editEntryAction->setText(entry.editText.isEmpty() ? tr("&Edit entry…") : entry.editText);
    m_removeEntryAction->setEnabled(entry.remove);
    m_removeEntryAction->setText(entry.removeText.isEmpty() ? tr("&Remove entry") : entry.removeText);
    m_caseSummaryAction->setEnabled(unlocked && record != nullptr);
    m_statisticsAction->setEnabled(unlocked);
}

void MainWindow::showUnlocked(const QString& userName, domain::Role role, const QString& databasePath)
{
    m_userName = userName;
    m_role = role;
    m_statisticsAction->setVisible(role == domain::Role::Supervisor);
    m_home->showUser(userName, role, databasePath);
    m_pages->setCurrentWidget(m_home);
    m_navigation->setVisible(true);
    m_lockAction->setEnabled(true);
    m_settingsAction->setEnabled(true);
    updateActions();
    updateStatus();
}

void MainWindow::setSession(Session* session)
{
    closeAllRecords();
    m_clientList->clear();
    m_clients.reset();
    m_session = session;
    if (!m_session || isLocked()) {
        m_session = nullptr;
        updateActions();
        return;
    }
    m_clients = std::make_unique<ClientService>(*m_session);
    ClientService* clients = m_clients.get();
    m_clientList->setQuery([clients](const ClientFilter& filter) { return clients->list(filter); });
    refreshHome();
    updateActions();
}

void MainWindow::refreshHome()
{
    if (!m_clients || !m_session) {
        return;
    }
    const QDate now = QDate::currentDate();
    const domain::Date today = domain::Date::fromYmd(now.year(),
                                                     static_cast<unsigned>(now.month()),
                                                     static_cast<unsigned>(now.day()))
                                   .value_or(domain::Date {});
    // "My" deadlines: the cases assigned to me; an office worker's are those of the office.
    DeadlineFilter deadlines;
    deadlines.days = HomePage::DeadlineDays;
    ClientFilter active;
    active.ended = false;
    if (m_role != domain::Role::OfficeWorker) {
        deadlines.worker = m_session->user().name;
        active.worker = m_session->user().name;
    }
    try {
        m_home->showCases(m_clients->deadlines(deadlines), m_clients->count(active), today);
    } catch (const Error& error) {
        showOpenError(ErrorText::describe(error).fullText());
    }
}

void MainWindow::showLocked()
{
    if (!isLocked()) {
        const int current = m_pages->currentIndex();
        // Records are closed on lock; coming back, the list is the nearest place.
        m_pageBeforeLock = current >= FirstRecordPageIndex ? int(ClientsPageIndex) : current;
    }
    closeAllRecords();
    m_clientList->clear();
    m_clients.reset();
    m_session = nullptr;
    m_pages->setCurrentWidget(m_locked);
    m_navigation->setVisible(false);
    m_home->clear();
    m_lockAction->setEnabled(false);
    m_settingsAction->setEnabled(false);
    updateActions();
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

ClientRecordPage* MainWindow::currentRecord() const
{
    return qobject_cast<ClientRecordPage*>(m_pages->currentWidget());
}

ClientRecordPage* MainWindow::openClient(const QString& clientId)
{
    if (!m_clients || isLocked()) {
        return nullptr;
    }
    for (ClientRecordPage* page : std::as_const(m_records)) {
        if (page->clientId() == clientId) {
            m_pages->setCurrentWidget(page);
            return page;
        }
    }
    ClientRecordPage* page = nullptr;
    Session* session = m_session;
    const std::string id = clientId.toStdString();
    try {
        page = ClientRecordPage::open(
            *m_clients,
            [session, id] { return session->auditLog().forRecord(store::Id::fromHex(id)); },
            clientId,
            m_role != domain::Role::Supervisor,
            m_pages);
    } catch (const Error& error) {
        showOpenError(ErrorText::describe(error).fullText());
        return nullptr;
    }
    m_records.append(page);
    m_pages->addWidget(page);
    m_undoGroup->addStack(page->editor()->undoStack());
    connect(page, &ClientRecordPage::titleChanged, this, &MainWindow::updateNavigation);
    connect(page, &ClientRecordPage::recordChanged, this, [this] {
        m_clientList->reload();
        refreshHome();
    });
    connect(page, &ClientRecordPage::entryActionsChanged, this, &MainWindow::updateActions);
    connect(page, &ClientRecordPage::openClientRequested, this, &MainWindow::openClient);
    m_pages->setCurrentWidget(page);
    return page;
}

void MainWindow::closeRecord(ClientRecordPage* page)
{
    if (!page || !m_records.contains(page)) {
        return;
    }
    const bool wasCurrent = currentRecord() == page;
    m_records.removeOne(page);
    m_undoGroup->removeStack(page->editor()->undoStack());
    m_pages->removeWidget(page);
    delete page;
    if (wasCurrent && !isLocked()) {
        m_pages->setCurrentWidget(m_records.isEmpty() ? static_cast<QWidget*>(m_clientList)
                                                      : m_records.last());
    }
    updateNavigation();
    updateActions();
}

void MainWindow::closeAllRecords()
{
    while (!m_records.isEmpty()) {
        ClientRecordPage* page = m_records.takeLast();
        m_undoGroup->removeStack(page->editor()->undoStack());
        m_pages->removeWidget(page);
        delete page;
    }
    updateNavigation();
}

void MainWindow::pageChanged()
{
    ClientRecordPage* record = currentRecord();
    m_undoGroup->setActiveStack(record ? record->editor()->undoStack() : nullptr);
    updateNavigation();
    updateActions();
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

void MainWindow::showOpenError(const QString& message)
{
    // open(), not exec(): a nested event loop here would sit under a lock.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Majakka"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    shareShortcutsWith(box);
    box->open();
}

void MainWindow::showAbout()
{
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
