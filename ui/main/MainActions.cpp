#include "ui/main/MainActions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QUndoGroup>

namespace majakka::ui {

MainActions::MainActions(QMainWindow& window, QUndoGroup& undoGroup)
    : QObject(&window)
    , m_undo(undoGroup)
{
    QMenuBar* bar = window.menuBar();
    fileMenu = bar->addMenu(QString());
    newClient = add(fileMenu, "newClientAction", QKeySequence(Qt::CTRL | Qt::Key_N));
    // Supervisors publish the statistics (StatisticsExport's rule); nobody else sees the entry.
    statistics = add(fileMenu, "statisticsAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    fileMenu->addSeparator();
    backup = add(fileMenu, "backupAction");
    lock = add(fileMenu, "lockAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    // Ctrl+L locks from any window of the program, an open dialog included.
    lock->setShortcutContext(Qt::ApplicationShortcut);
    settings = add(fileMenu, "settingsAction");
    settings->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    quit = add(fileMenu, "quitAction", QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcutContext(Qt::ApplicationShortcut);
    quit->setMenuRole(QAction::QuitRole);

    editMenu = bar->addMenu(QString());
    undo = add(editMenu, "undoAction", QKeySequence(Qt::CTRL | Qt::Key_Z));
    redo = add(editMenu, "redoAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    connect(undo, &QAction::triggered, &m_undo, &QUndoGroup::undo);
    connect(redo, &QAction::triggered, &m_undo, &QUndoGroup::redo);
    const auto follow = [this] {
        update(m_state);
    };
    connect(&m_undo, &QUndoGroup::canUndoChanged, this, follow);
    connect(&m_undo, &QUndoGroup::canRedoChanged, this, follow);
    connect(&m_undo, &QUndoGroup::undoTextChanged, this, follow);
    connect(&m_undo, &QUndoGroup::redoTextChanged, this, follow);
    editMenu->addSeparator();
    find = add(editMenu, "findAction", QKeySequence(Qt::CTRL | Qt::Key_F));

    goMenu = bar->addMenu(QString());
    home = add(goMenu, "homeAction", QKeySequence(Qt::CTRL | Qt::Key_1));
    clients = add(goMenu, "clientsAction", QKeySequence(Qt::CTRL | Qt::Key_2));
    hotline = add(goMenu, "hotlineAction", QKeySequence(Qt::CTRL | Qt::Key_3));
    users = add(goMenu, "usersAction", QKeySequence(Qt::CTRL | Qt::Key_4));
    goMenu->addSeparator();
    closeRecord = add(goMenu, "closeRecordAction", QKeySequence(Qt::CTRL | Qt::Key_W));

    recordMenu = bar->addMenu(QString());
    // One Add, Edit and Remove for every list of the record: they act on the
    // part last used in the current tab, and say which (see EntryActions).
    addEntry = add(recordMenu, "addEntryAction", EntryActions::addShortcut());
    editEntry = add(recordMenu, "editEntryAction", EntryActions::editShortcut());
    removeEntry = add(recordMenu, "removeEntryAction", EntryActions::removeShortcut());
    recordMenu->addSeparator();
    caseSummary = add(recordMenu, "caseSummaryAction", QKeySequence::Print);

    helpMenu = bar->addMenu(QString());
    about = add(helpMenu, "aboutAction");
    about->setMenuRole(QAction::AboutRole);
    retranslate();
}

QAction* MainActions::add(QMenu* menu, const char* name, const QKeySequence& shortcut)
{
    QAction* action = menu->addAction(QString());
    action->setObjectName(QLatin1StringView(name));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
    }
    return action;
}

void MainActions::retranslate()
{
    fileMenu->setTitle(tr("&File"));
    newClient->setText(tr("&New client…"));
    newClient->setStatusTip(tr("Record a referral and create the client"));
    statistics->setText(tr("S&tatistics…"));
    backup->setText(tr("&Backup…"));
    backup->setStatusTip(tr("Write an encrypted copy of the database and its keys to a file"));
    lock->setText(tr("&Lock"));
    lock->setStatusTip(tr("Close the database until you unlock it again"));
    settings->setText(tr("&Settings…"));
    quit->setText(tr("&Quit"));
    editMenu->setTitle(tr("&Edit"));
    find->setText(tr("&Find client"));
    goMenu->setTitle(tr("&Go"));
    home->setText(tr("&Home"));
    clients->setText(tr("&Clients"));
    hotline->setText(tr("&Hotline log"));
    users->setText(tr("&Users"));
    closeRecord->setText(tr("Close &record"));
    recordMenu->setTitle(tr("&Record"));
    caseSummary->setText(tr("Case &summary to print…"));
    helpMenu->setTitle(tr("&Help"));
    about->setText(tr("&About Majakka"));
    update(m_state);
}

void MainActions::update(const State& state)
{
    m_state = state;
    const bool editable = state.recordMayUndo;
    undo->setEnabled(editable && m_undo.canUndo());
    redo->setEnabled(editable && m_undo.canRedo());
    const QString undoText = m_undo.undoText();
    const QString redoText = m_undo.redoText();
    undo->setText(undoText.isEmpty() || !editable ? tr("&Undo") : tr("&Undo: %1").arg(undoText));
    redo->setText(redoText.isEmpty() || !editable ? tr("&Redo") : tr("&Redo: %1").arg(redoText));

    const bool administrator = state.role == domain::Role::Administrator;
    // A supervisor reads; the core refuses their new clients anyway.
    newClient->setEnabled(state.unlocked && state.role != domain::Role::Supervisor);
    statistics->setVisible(state.role == domain::Role::Supervisor);
    statistics->setEnabled(state.unlocked);
    backup->setEnabled(state.unlocked);
    lock->setEnabled(state.unlocked);
    settings->setEnabled(state.unlocked);
    find->setEnabled(state.unlocked);
    home->setEnabled(state.unlocked);
    clients->setEnabled(state.unlocked);
    hotline->setEnabled(state.unlocked);
    // Only administrators manage users; nobody else sees that there is a screen for it.
    users->setVisible(administrator);
    users->setEnabled(state.unlocked && administrator);
    closeRecord->setEnabled(state.recordOpen);
    const EntryActions& entry = state.entry;
    addEntry->setEnabled(entry.add);
    addEntry->setText(entry.addText.isEmpty() ? tr("&Add entry…") : entry.addText);
    editEntry->setEnabled(entry.edit);
    editEntry->setText(entry.editText.isEmpty() ? tr("&Edit entry…") : entry.editText);
    removeEntry->setEnabled(entry.remove);
    removeEntry->setText(entry.removeText.isEmpty() ? tr("&Remove entry") : entry.removeText);
    caseSummary->setEnabled(state.unlocked && state.recordOpen);
}

} // namespace majakka::ui
