#include "ui/wizard/AdmissionPage.h"

#include "ui/common/DateEdit.h"
#include "ui/common/DateText.h"
#include "ui/common/ErrorLabel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace majakka::ui {

AdmissionPage::AdmissionPage(domain::Date today,
                             std::function<std::optional<domain::Date>()> referralDate,
                             QWidget* parent)
    : ClientWizardPage(parent)
    , m_today(today)
    , m_referralDate(std::move(referralDate))
    , m_intro(new QLabel(this))
    , m_choice(new QButtonGroup(this))
    , m_pending(new QRadioButton(this))
    , m_admitted(new QRadioButton(this))
    , m_notAdmitted(new QRadioButton(this))
    , m_withdrawn(new QRadioButton(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new DateEdit(this))
    , m_groundsLabel(new QLabel(this))
    , m_grounds(new QLineEdit(this))
    , m_deciderLabel(new QLabel(this))
    , m_decider(new QLineEdit(this))
{
    setObjectName(QStringLiteral("admissionPage"));
    m_intro->setWordWrap(true);
    m_pending->setObjectName(QStringLiteral("admissionPendingRadio"));
    m_admitted->setObjectName(QStringLiteral("admissionAdmittedRadio"));
    m_notAdmitted->setObjectName(QStringLiteral("admissionNotAdmittedRadio"));
    m_withdrawn->setObjectName(QStringLiteral("admissionWithdrawnRadio"));
    m_date->setObjectName(QStringLiteral("admissionDateEdit"));
    m_grounds->setObjectName(QStringLiteral("admissionGroundsEdit"));
    m_decider->setObjectName(QStringLiteral("admissionDeciderEdit"));
    m_choice->addButton(m_pending);
    m_choice->addButton(m_admitted);
    m_choice->addButton(m_notAdmitted);
    m_choice->addButton(m_withdrawn);
    m_pending->setChecked(true);
    m_dateLabel->setBuddy(m_date);
    m_groundsLabel->setBuddy(m_grounds);
    m_deciderLabel->setBuddy(m_decider);

    auto* choices = new QVBoxLayout;
    for (QRadioButton* button : {m_pending, m_admitted, m_notAdmitted, m_withdrawn}) {
        choices->addWidget(button);
    }
    auto* form = new QFormLayout;
    m_dateError = addRow(form, m_dateLabel, m_date, {"admission.date"});
    addRow(form, m_groundsLabel, m_grounds, {"admission.grounds"});
    addRow(form, m_deciderLabel, m_decider, {"admission.decider"});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(choices);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch(1);

    connect(m_choice, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (checked) {
            updateFields();
            recheck();
        }
    });
    for (QLineEdit* edit : {static_cast<QLineEdit*>(m_date), m_grounds, m_decider}) {
        connect(edit, &QLineEdit::textChanged, this, &AdmissionPage::recheck);
    }
    retranslateUi();
    updateFields();
}

bool AdmissionPage::decided() const
{
    return !m_pending->isChecked();
}

void AdmissionPage::initializePage()
{
    if (m_date->text().isEmpty()) {
        m_date->setDate(m_today);
    }
    ClientWizardPage::initializePage();
}

void AdmissionPage::updateFields()
{
    for (QWidget* field : std::initializer_list<QWidget*> {m_date, m_grounds, m_decider}) {
        field->setEnabled(decided());
    }
}

void AdmissionPage::fill(domain::ClientRecord& record) const
{
    record.admission.reset();
    if (!decided()) {
        return;
    }
    domain::AdmissionDecision admission;
    admission.date = m_date->date().value_or(m_today);
    admission.decision = m_admitted->isChecked() ? domain::AdmissionOutcome::Admitted
        : m_notAdmitted->isChecked()             ? domain::AdmissionOutcome::NotAdmitted
                                                 : domain::AdmissionOutcome::Withdrawn;
    admission.grounds = m_grounds->text().trimmed().toStdString();
    admission.decider = m_decider->text().trimmed().toStdString();
    record.admission = admission;
}

bool AdmissionPage::checkInput()
{
    if (!decided()) {
        return true;
    }
    if (!m_date->date()) {
        showProblem(m_dateError,
                    m_date->text().trimmed().isEmpty()
                        ? tr("Type the date of the decision.")
                        : tr("Not a date. Write it as %1.").arg(DateText::inputFormat()));
        return false;
    }
    const std::optional<domain::Date> referral = m_referralDate ? m_referralDate() : std::nullopt;
    if (referral && *m_date->date() < *referral) {
        showProblem(
            m_dateError,
            tr("The decision cannot come before the referral (%1).").arg(DateText::format(*referral)));
        return false;
    }
    return true;
}

void AdmissionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    ClientWizardPage::changeEvent(event);
}

void AdmissionPage::retranslateUi()
{
    setTitle(tr("Admission decision"));
    setSubTitle(tr("Step 2 of 3: whether the person is taken into the Assistance System."));
    m_intro->setText(tr("Since 1 January 2023 admission is the identification of a victim. If the decision "
                        "is still to be made, leave it pending and record it in the client's record when "
                        "it is."));
    m_pending->setText(tr("Not decided &yet (pending)"));
    m_admitted->setText(tr("&Admitted"));
    m_notAdmitted->setText(tr("N&ot admitted"));
    m_withdrawn->setText(tr("&Withdrawn"));
    m_dateLabel->setText(tr("&Date of decision:"));
    m_date->setAccessibleName(tr("Date of the decision"));
    m_groundsLabel->setText(tr("&Grounds:"));
    m_grounds->setAccessibleName(tr("Grounds for the decision"));
    m_deciderLabel->setText(tr("Decision &maker:"));
    m_decider->setAccessibleName(tr("Who made the decision"));
}

} // namespace majakka::ui
