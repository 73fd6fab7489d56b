#pragma once

#include "ui/wizard/ClientWizardPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace majakka::ui {

class DateEdit;
class ErrorLabel;

// The referral, first: what one phone call gives. The date, how it came,
// who proposed it and whether it is an emergency, the referrer, and a name
// for the person, which may be a first name or an alias only.
class ReferralPage : public ClientWizardPage
{
    Q_OBJECT

public:
    ReferralPage(domain::Date today, QWidget* parent = nullptr);

    void fill(domain::ClientRecord& record) const override;
    std::optional<domain::Date> referralDate() const;

protected:
    bool checkInput() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    domain::Date m_today;
    QLabel* m_intro;
    QLabel* m_dateLabel;
    DateEdit* m_date;
    ErrorLabel* m_dateError;
    QLabel* m_channelLabel;
    QComboBox* m_channel;
    QLabel* m_sourceLabel;
    QComboBox* m_source;
    ErrorLabel* m_sourceError;
    QCheckBox* m_emergency;
    QLabel* m_organisationLabel;
    QLineEdit* m_organisation;
    QLabel* m_contactLabel;
    QLineEdit* m_contact;
    QLabel* m_givenLabel;
    QLineEdit* m_given;
    ErrorLabel* m_nameError;
    QLabel* m_familyLabel;
    QLineEdit* m_family;
};

} // namespace majakka::ui
