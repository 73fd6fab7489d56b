#pragma once

#include "ui/record/dialogs/RecordDialog.h"

namespace majakka::ui {

// A reflection period: its start, its length or end (either one sets the
// other), who granted it and when a residence permit was applied for during
// it. The length is checked against the case rules as it is typed.
class ReflectionPeriodDialog : public RecordDialog
{
    Q_OBJECT

public:
    ReflectionPeriodDialog(const std::optional<domain::ReflectionPeriod>& period,
                           const domain::ClientRecord& record,
                           QWidget* parent = nullptr);

    domain::ReflectionPeriod value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    void lengthChanged(int days);
    void endChanged();

    domain::ReflectionPeriod m_original;
    domain::CaseRules m_rules;
    DateEdit* m_start;
    QSpinBox* m_length;
    DateEdit* m_end;
    QComboBox* m_grantedBy;
    DateEdit* m_permit;
    bool m_following = false;
};

} // namespace majakka::ui
