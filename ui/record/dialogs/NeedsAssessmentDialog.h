#pragma once

#include "ui/record/dialogs/RecordDialog.h"

namespace majakka::ui {

// The needs the worker and the client assessed together, the plan they agreed
// on, when the client agreed to it (nothing is given against the client's
// will) and when to assess again.
class NeedsAssessmentDialog : public RecordDialog
{
    Q_OBJECT

public:
    NeedsAssessmentDialog(const std::optional<domain::NeedsAssessment>& assessment,
                          const domain::ClientRecord& record,
                          QWidget* parent = nullptr);

    domain::NeedsAssessment value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    domain::NeedsAssessment m_original;
    DateEdit* m_date;
    QListWidget* m_needs;
    QPlainTextEdit* m_plan;
    DateEdit* m_consent;
    DateEdit* m_reassessment;
};

} // namespace majakka::ui
