#pragma once

#include "ui/record/dialogs/RecordDialog.h"

namespace majakka::ui {

// A residence matter the Assistance System supports (a permit application,
// asylum, a voluntary return): when it began, its outcome, when a decision is
// expected and when it came. The Immigration Service decides.
class ResidenceMatterDialog : public RecordDialog
{
    Q_OBJECT

public:
    ResidenceMatterDialog(const std::optional<domain::ResidenceMatter>& matter,
                          const domain::ClientRecord& record,
                          QWidget* parent = nullptr);

    domain::ResidenceMatter value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    domain::ResidenceMatter m_original;
    QComboBox* m_kind;
    DateEdit* m_date;
    QComboBox* m_outcome;
    DateEdit* m_expected;
    DateEdit* m_decided;
    QPlainTextEdit* m_note;
};

} // namespace majakka::ui
