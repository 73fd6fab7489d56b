#pragma once

#include "ui/record/dialogs/RecordDialog.h"

namespace majakka::ui {

// The proposal to admit the person: when, who proposed it and how it came,
// whether it was an emergency, and the referrer.
class ReferralDialog : public RecordDialog
{
    Q_OBJECT

public:
    ReferralDialog(const std::optional<domain::Referral>& referral,
                   const domain::ClientRecord& record,
                   QWidget* parent = nullptr);

    domain::Referral value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    domain::Referral m_original;
    DateEdit* m_date;
    QComboBox* m_source;
    QComboBox* m_channel;
    QCheckBox* m_emergency;
    QLineEdit* m_organisation;
    QLineEdit* m_contact;
};

} // namespace majakka::ui
