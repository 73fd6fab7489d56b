#pragma once

#include "ui/record/dialogs/RecordDialog.h"

namespace majakka::ui {

// A step of the criminal process or of legal aid: what, when, a court date if
// one is set, and a note. Assistance does not depend on these.
class LegalStepDialog : public RecordDialog
{
    Q_OBJECT

public:
    LegalStepDialog(const std::optional<domain::LegalStep>& step,
                    const domain::ClientRecord& record,
                    QWidget* parent = nullptr);

    domain::LegalStep value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    domain::LegalStep m_original;
    QComboBox* m_kind;
    DateEdit* m_date;
    DateEdit* m_courtDate;
    QPlainTextEdit* m_note;
};

} // namespace majakka::ui
