#pragma once

#include "ui/record/dialogs/RecordDialog.h"

namespace majakka::ui {

// The appeal against the admission decision: an administrative decision the
// client can take to court. When it was made, the court, the outcome and
// when the court decided (needed once it has).
class AppealDialog : public RecordDialog
{
    Q_OBJECT

public:
    AppealDialog(const std::optional<domain::Appeal>& appeal,
                 const domain::ClientRecord& record,
                 QWidget* parent = nullptr);

    domain::Appeal value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    domain::Appeal m_original;
    std::optional<domain::Date> m_decided;
    DateEdit* m_date;
    QLineEdit* m_court;
    QComboBox* m_outcome;
    DateEdit* m_courtDecided;
};

} // namespace majakka::ui
