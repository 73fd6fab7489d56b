#pragma once

#include <QKeySequence>
#include <QString>

namespace majakka::ui {

// What the generic Add, Edit and Remove of the open record would do now: the
// part of the record they act on (the one last used in the current tab) says
// whether each is possible and how it is called ("&Add contact…").
struct EntryActions
{
    bool add = false;
    bool edit = false;
    bool remove = false;
    QString addText;
    QString editText;
    QString removeText;

    // One set of keys for every list of the record, rather than a set per list.
    static QKeySequence addShortcut() { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N); }
    static QKeySequence editShortcut() { return QKeySequence(Qt::Key_F2); }
    static QKeySequence removeShortcut() { return QKeySequence(Qt::CTRL | Qt::Key_Delete); }

    // "&Add contact…" as the undo stack names the edit: "Add contact".
    static QString undoText(QString actionText)
    {
        actionText.remove(QLatin1Char('&'));
        if (actionText.endsWith(QChar(0x2026))) {
            actionText.chop(1);
        }
        return actionText.trimmed();
    }
};

} // namespace majakka::ui
