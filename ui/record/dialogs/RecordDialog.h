#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "Error.h"
#include "domain/ClientRecord.h"
#endif

#include <QDialog>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace majakka::ui {

class DateEdit;
class ErrorLabel;

// The frame every record dialog shares: a form of fields, each with its
// message beneath it, checks that run as one types, and on OK a save that
// sends the edited record through the core. The core's refusal is shown
// beside the field its path names ("contacts[3].date" beside Date) and the
// dialog stays open; nothing is saved. Esc cancels.
//
// A subclass makes its fields with the add…() makers in its constructor (the
// form shows them in that order), names them in retranslateUi(), checks them
// in checkInput() and calls finishSetup() last.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    // Writes the dialog's value into the record; the core's refusal, if any.
    using Save = std::function<std::optional<Error>()>;

    // The part's place in the record: "contacts[3]", "admission", or "" for
    // the person, whose fields are at the top of the record.
    void setPath(std::string path);
    const std::string& path() const { return m_path; }
    void setSave(Save save);
    void showError(const Error& error);
    // The message shown beside a field ("date", "appeal.court"…), or the
    // general one for "". Empty while nothing is shown.
    QString errorText(const QString& field) const;
    QPushButton* okButton() const;
    bool isAdding() const { return m_adding; }

public Q_SLOTS:
    void accept() override;

protected:
    RecordDialog(const QString& objectName, bool adding, QWidget* parent);

    // Field makers. Each adds a row named `key` (its path below the part, and
    // its object name), and reruns the checks when it changes.
    QLineEdit* addLine(const std::string& key, int maximumLength = 200);
    QPlainTextEdit* addText(const std::string& key);
    DateEdit* addDate(const std::string& key);
    QComboBox* addChoice(const std::string& key);
    QCheckBox* addCheck(const std::string& key);
    QListWidget* addChecklist(const std::string& key);
    // A ready-made field; line edits, text boxes, combo boxes, check boxes and
    // lists rerun the checks by themselves, others call fieldChanged().
    void addField(const std::string& key, QWidget* field);
    void fieldChanged(const std::string& key);
    // A heading or a line of explanation across the form.
    QLabel* addHeading();
    QLabel* addNote();

    // For retranslateUi(): the label with its &-letter, the name a screen
    // reader says, and an optional longer description.
    void setLabel(const std::string& key,
                  const QString& label,
                  const QString& accessibleName,
                  const QString& description = {});
    QWidget* field(const std::string& key) const;

    // For checkInput(): records what is wrong with a field. A value that is
    // `missing` from a new entry is not yet an error: it is said once the
    // field has been typed in, or when OK is pressed.
    void problem(const std::string& key, const QString& text, bool missing = false);
    bool hasProblem(const std::string& key) const { return m_problems.count(key) > 0; }
    // Common checks of a date field: a real date, there when required, not
    // in the future, not before another.
    void checkDate(const std::string& key, bool required);
    void checkNotFuture(const std::string& key);
    void checkNotBefore(const std::string& laterKey, const std::string& earlierKey, const QString& message);
    void checkRequired(const std::string& key);

    virtual void retranslateUi() = 0;
    virtual void checkInput() { }
    void finishSetup(int minimumWidth = 460);
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QWidget* widget = nullptr;
        QLabel* label = nullptr;
        ErrorLabel* error = nullptr;
    };

    template<typename Widget> Widget* addRow(const std::string& key, Widget* widget, bool labelled = true);
    void revalidate();
    void fitWidth();
    bool isShown(const std::string& key) const;
    const Row* rowFor(const std::string& field) const;

    std::string m_path;
    Save m_save;
    bool m_adding;
    bool m_ready = false;
    bool m_submitted = false;
    int m_minimumWidth = 0;
    QFormLayout* m_form;
    ErrorLabel* m_general;
    QDialogButtonBox* m_buttons;
    std::map<std::string, Row> m_rows;
    std::vector<std::string> m_order;
    std::set<std::string> m_touched;
    std::map<std::string, QString> m_problems;
    std::set<std::string> m_missing;
};

} // namespace majakka::ui
