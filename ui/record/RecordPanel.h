#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "Error.h"
#endif
#include "ui/record/EntryActions.h"

#include <QWidget>
#include <optional>

class QDialog;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace majakka::ui {

class ErrorLabel;
class RecordEditor;

// What a part of the record calls its actions: "&Add contact…", "&Edit
// contact…", "&Remove contact". An empty text means the part does not offer it.
struct PartTexts
{
    QString add;
    QString edit;
    QString remove;
};

// One part of a client record within a tab: its heading, what is recorded,
// and the buttons that change it. The generic Add, Edit and Remove of the
// Record menu act on the part last used (see RecordTab).
class RecordPanel : public QWidget
{
    Q_OBJECT

public:
    // `key` names the panel ("contact" -> contactPanel, addContactButton…).
    RecordPanel(RecordEditor& editor, const QString& key, QWidget* parent = nullptr);

    // The record or the language changed.
    virtual void refresh() = 0;
    virtual EntryActions actions() const = 0;
    virtual void add() = 0;
    virtual void edit() = 0;
    virtual void remove() = 0;

    QString key() const { return m_key; }
    // A refusal of the core shown in the panel (a removal the rules forbid).
    QString messageText() const;

    // Shows a dialog over the record: window-modal, deleted once closed.
    static void showDialog(QDialog* dialog);

Q_SIGNALS:
    void actionsChanged();

protected:
    RecordEditor& editor() const { return m_editor; }
    QLabel* heading() const { return m_heading; }
    QLabel* intro() const { return m_intro; }
    QVBoxLayout* content() const { return m_content; }
    QPushButton* addButton() const { return m_add; }
    void showRefusal(const std::optional<Error>& error);
    void clearRefusal();
    // Buttons follow actions(); one with no text is hidden.
    void updateButtons();
    // A further button after Add, Edit and Remove, for an action of this part alone.
    QPushButton* extraButton(const QString& objectName);

private:
    RecordEditor& m_editor;
    QString m_key;
    QLabel* m_heading;
    QLabel* m_intro;
    QVBoxLayout* m_content;
    ErrorLabel* m_message;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_extra = nullptr;
};

} // namespace majakka::ui
