#pragma once

#include "ui/wizard/ClientWizardPage.h"

#include <functional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace majakka::ui {

class DateEdit;
class ErrorLabel;

// The admission decision, second. It may not be made yet: then the client is
// recorded with the referral only and the decision is added in the record.
// Decided, it needs its date (not before the referral, not in the future) and
// may carry its grounds and who decided.
class AdmissionPage : public ClientWizardPage
{
    Q_OBJECT

public:
    AdmissionPage(domain::Date today,
                  std::function<std::optional<domain::Date>()> referralDate,
                  QWidget* parent = nullptr);

    void fill(domain::ClientRecord& record) const override;
    void initializePage() override;

protected:
    bool checkInput() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateFields();
    bool decided() const;

    domain::Date m_today;
    std::function<std::optional<domain::Date>()> m_referralDate;
    QLabel* m_intro;
    QButtonGroup* m_choice;
    QRadioButton* m_pending;
    QRadioButton* m_admitted;
    QRadioButton* m_notAdmitted;
    QRadioButton* m_withdrawn;
    QLabel* m_dateLabel;
    DateEdit* m_date;
    ErrorLabel* m_dateError;
    QLabel* m_groundsLabel;
    QLineEdit* m_grounds;
    QLabel* m_deciderLabel;
    QLineEdit* m_decider;
};

} // namespace majakka::ui
