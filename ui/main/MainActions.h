#pragma once

#include "domain/Role.h"
#include "ui/record/EntryActions.h"

#include <QKeySequence>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoGroup;

namespace majakka::ui {

// The main window's menus and their actions. What an action does is the
// window's business; this class makes them, gives them their shortcuts and
// words, and enables or shows them by what is open and by the user's role.
// Every action is in a menu, with its shortcut beside it.
class MainActions : public QObject
{
    Q_OBJECT

public:
    struct State
    {
        bool unlocked = false;
        domain::Role role = domain::Role::Caseworker;
        bool recordOpen = false;
        // Undo and redo follow the role, not whether the case has ended: an
        // end made by mistake is undone with Ctrl+Z.
        bool recordMayUndo = false;
        // What Add, Edit and Remove act on in the open record, and their words.
        EntryActions entry;
    };

    MainActions(QMainWindow& window, QUndoGroup& undoGroup);

    void retranslate();
    void update(const State& state);

    QMenu* fileMenu;
    QMenu* editMenu;
    QMenu* goMenu;
    QMenu* recordMenu;
    QMenu* helpMenu;

    QAction* newClient;
    QAction* statistics;
    QAction* backup;
    QAction* lock;
    QAction* settings;
    QAction* quit;
    QAction* undo;
    QAction* redo;
    QAction* find;
    QAction* home;
    QAction* clients;
    QAction* hotline;
    QAction* users;
    QAction* closeRecord;
    QAction* addEntry;
    QAction* editEntry;
    QAction* removeEntry;
    QAction* caseSummary;
    QAction* about;

private:
    QAction* add(QMenu* menu, const char* name, const QKeySequence& shortcut = {});

    QUndoGroup& m_undo;
    State m_state;
};

} // namespace majakka::ui
