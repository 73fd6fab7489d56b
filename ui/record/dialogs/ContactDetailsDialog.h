#pragma once

#include "ui/record/dialogs/RecordDialog.h"

namespace majakka::ui {

// How to reach the client and where they live: phone, e-mail, address,
// municipality of residence, wellbeing services county, residence status and
// housing.
class ContactDetailsDialog : public RecordDialog
{
    Q_OBJECT

public:
    ContactDetailsDialog(const std::optional<domain::Person>& person,
                         const domain::ClientRecord& record,
                         QWidget* parent = nullptr);

    domain::Person value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    domain::Person m_original;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_address;
    QLineEdit* m_municipality;
    QLineEdit* m_county;
    QComboBox* m_residence;
    QComboBox* m_housing;
};

} // namespace majakka::ui
