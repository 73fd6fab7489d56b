#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "Error.h"
#include "domain/SupportMeasure.h"
#endif

#include <QDialog>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace majakka::ui {

class DateEdit;
class ErrorLabel;

// Adds or edits one support measure. Checks what it can as you type (dates,
// an ended measure's end); on OK it hands the measure to `save`, which sends
// the whole record through the core. The core's refusal is shown beside the
// field its path names ("measures[2].start") and the dialog stays open;
// nothing is saved.
class MeasureDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<std::optional<Error>(const domain::SupportMeasure&)>;

    // `path` is the measure's place in the record, e.g. "measures[2]".
    MeasureDialog(const std::optional<domain::SupportMeasure>& measure,
                  std::string path,
                  Save save,
                  QWidget* parent = nullptr);

    domain::SupportMeasure measure() const;
    void showError(const Error& error);
    // The dialog's error beside a field ("start", "end"…), or the general one for "".
    QString errorText(const QString& field) const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void validateInput();
    ErrorLabel* errorLabelFor(const std::string& field) const;
    void clearErrors();

    domain::SupportMeasure m_original;
    std::string m_path;
    Save m_save;
    QLabel* m_typeLabel;
    QComboBox* m_type;
    ErrorLabel* m_typeError;
    QLabel* m_providerLabel;
    QComboBox* m_provider;
    ErrorLabel* m_providerError;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    ErrorLabel* m_statusError;
    QLabel* m_startLabel;
    DateEdit* m_start;
    ErrorLabel* m_startError;
    QLabel* m_endLabel;
    DateEdit* m_end;
    ErrorLabel* m_endError;
    QCheckBox* m_urgent;
    ErrorLabel* m_urgentError;
    QLabel* m_noteLabel;
    QLineEdit* m_note;
    ErrorLabel* m_noteError;
    ErrorLabel* m_generalError;
    QDialogButtonBox* m_buttons;
    bool m_new;
};

} // namespace majakka::ui
