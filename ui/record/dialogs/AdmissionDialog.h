#pragma once

#include "ui/record/dialogs/RecordDialog.h"

namespace majakka::ui {

// The admission decision: admitted, not admitted or withdrawn, with its date,
// grounds and who decided. Since 2023 admission is the identification of a
// victim. The appeal against it has its own dialog (AppealDialog).
class AdmissionDialog : public RecordDialog
{
    Q_OBJECT

public:
    AdmissionDialog(const std::optional<domain::AdmissionDecision>& admission,
                    const domain::ClientRecord& record,
                    QWidget* parent = nullptr);

    domain::AdmissionDecision value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    domain::AdmissionDecision m_original;
    std::optional<domain::Date> m_referred;
    QComboBox* m_decision;
    DateEdit* m_date;
    QPlainTextEdit* m_grounds;
    QLineEdit* m_decider;
};

} // namespace majakka::ui
