#include "ui/wizard/ReferralPage.h"

#include "domain/EnumNames.h"
#include "ui/common/DateEdit.h"
#include "ui/common/DateText.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/VocabularyText.h"
#include "ui/wizard/WizardChoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace majakka::ui {

ReferralPage::ReferralPage(domain::Date today, QWidget* parent)
    : ClientWizardPage(parent)
    , m_today(today)
    , m_intro(new QLabel(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new DateEdit(this))
    , m_channelLabel(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_sourceLabel(new QLabel(this))
    , m_source(new QComboBox(this))
    , m_emergency(new QCheckBox(this))
    , m_organisationLabel(new QLabel(this))
    , m_organisation(new QLineEdit(this))
    , m_contactLabel(new QLabel(this))
    , m_contact(new QLineEdit(this))
    , m_givenLabel(new QLabel(this))
    , m_given(new QLineEdit(this))
    , m_familyLabel(new QLabel(this))
    , m_family(new QLineEdit(this))
{
    setObjectName(QStringLiteral("referralPage"));
    m_intro->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("referralDateEdit"));
    m_channel->setObjectName(QStringLiteral("referralChannelBox"));
    m_source->setObjectName(QStringLiteral("referralSourceBox"));
    m_emergency->setObjectName(QStringLiteral("referralEmergencyCheck"));
    m_organisation->setObjectName(QStringLiteral("referrerOrganisationEdit"));
    m_contact->setObjectName(QStringLiteral("referrerContactEdit"));
    m_given->setObjectName(QStringLiteral("givenNamesEdit"));
    m_family->setObjectName(QStringLiteral("familyNameEdit"));
    m_date->setDate(today);
    m_dateLabel->setBuddy(m_date);
    m_channelLabel->setBuddy(m_channel);
    m_sourceLabel->setBuddy(m_source);
    m_organisationLabel->setBuddy(m_organisation);
    m_contactLabel->setBuddy(m_contact);
    m_givenLabel->setBuddy(m_given);
    m_familyLabel->setBuddy(m_family);

    auto* form = new QFormLayout;
    m_dateError = addRow(form, m_dateLabel, m_date, {"referral.date"});
    addRow(form, m_channelLabel, m_channel, {"referral.channel"});
    m_sourceError = addRow(form, m_sourceLabel, m_source, {"referral.source"});
    addRow(form, nullptr, m_emergency, {"referral.emergency"});
    addRow(form, m_organisationLabel, m_organisation, {"referral.referrer_organisation"});
    addRow(form, m_contactLabel, m_contact, {"referral.referrer_contact"});
    m_nameError = addRow(form, m_givenLabel, m_given, {"given_names", "aliases[0]"});
    addRow(form, m_familyLabel, m_family, {"family_name"});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch(1);

    for (QLineEdit* edit : {static_cast<QLineEdit*>(m_date), m_organisation, m_contact, m_given, m_family}) {
        connect(edit, &QLineEdit::textChanged, this, &ReferralPage::recheck);
    }
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ReferralPage::recheck);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ReferralPage::recheck);
    connect(m_emergency, &QCheckBox::toggled, this, &ReferralPage::recheck);
    retranslateUi();
    m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(domain::ReferralChannel::Phone)));
    m_source->setCurrentIndex(-1);
}

std::optional<domain::Date> ReferralPage::referralDate() const
{
    return m_date->date();
}

void ReferralPage::fill(domain::ClientRecord& record) const
{
    domain::Referral referral;
    referral.date = m_date->date().value_or(m_today);
    referral.channel = chosenValue<domain::ReferralChannel>(m_channel);
    referral.source = chosenValue<domain::ReferralSource>(m_source);
    referral.emergency = m_emergency->isChecked();
    referral.referrerOrganisation = m_organisation->text().trimmed().toStdString();
    referral.referrerContact = m_contact->text().trimmed().toStdString();
    record.referral = referral;
    record.person.givenNames = m_given->text().trimmed().toStdString();
    record.person.familyName = m_family->text().trimmed().toStdString();
}

bool ReferralPage::checkInput()
{
    bool ok = true;
    if (!m_date->date()) {
        showProblem(m_dateError,
                    m_date->text().trimmed().isEmpty()
                        ? tr("Type the date of the referral.")
                        : tr("Not a date. Write it as %1.").arg(DateText::inputFormat()));
        ok = false;
    }
    if (m_source->currentIndex() < 0) {
        showProblem(m_sourceError, tr("Choose who proposed the admission."));
        ok = false;
    }
    if (m_given->text().trimmed().isEmpty() && m_family->text().trimmed().isEmpty()) {
        showProblem(m_nameError, tr("Type a first name or an alias: that is enough for now."));
        ok = false;
    }
    return ok;
}

void ReferralPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    ClientWizardPage::changeEvent(event);
}

void ReferralPage::retranslateUi()
{
    setTitle(tr("Referral"));
    setSubTitle(tr("Step 1 of 3: what the call or message gave."));
    m_intro->setText(tr("Record the referral as it came. A first name or an alias is enough for the person; "
                        "the rest can be added in the record later. The person's consent is needed before "
                        "their details are recorded."));
    m_dateLabel->setText(tr("&Date:"));
    m_date->setAccessibleName(tr("Date of the referral"));
    m_channelLabel->setText(tr("C&hannel:"));
    m_channel->setAccessibleName(tr("How the referral came"));
    fillValues<domain::ReferralChannel>(m_channel);
    m_sourceLabel->setText(tr("&Proposed by:"));
    m_source->setAccessibleName(tr("Who proposed the admission"));
    fillValues<domain::ReferralSource>(m_source);
    m_source->setPlaceholderText(tr("Choose…"));
    m_emergency->setText(tr("&Emergency: help is needed at once"));
    m_organisationLabel->setText(tr("Referrer's &organisation:"));
    m_organisation->setAccessibleName(tr("Referrer's organisation"));
    m_contactLabel->setText(tr("Referrer's &contact:"));
    m_contact->setAccessibleName(tr("Referrer's contact person or number"));
    m_givenLabel->setText(tr("&First name or alias:"));
    m_given->setAccessibleName(tr("First name or alias of the person"));
    m_familyLabel->setText(tr("F&amily name:"));
    m_family->setAccessibleName(tr("Family name of the person, if known"));
    m_family->setPlaceholderText(tr("if known"));
}

} // namespace majakka::ui
