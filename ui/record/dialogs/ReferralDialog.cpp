#include "ui/record/dialogs/ReferralDialog.h"

#include "ui/common/DateEdit.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/Choices.h"
#include "ui/record/dialogs/FieldText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace majakka::ui {

ReferralDialog::ReferralDialog(const std::optional<domain::Referral>& referral,
                               const domain::ClientRecord&,
                               QWidget* parent)
    : RecordDialog(QStringLiteral("referralDialog"), !referral, parent)
    , m_original(referral.value_or(domain::Referral {}))
    , m_date(addDate("date"))
    , m_source(addChoice("source"))
    , m_channel(addChoice("channel"))
    , m_emergency(addCheck("emergency"))
    , m_organisation(addLine("referrer_organisation"))
    , m_contact(addLine("referrer_contact"))
{
    choices::fill<domain::ReferralSource>(m_source);
    choices::fill<domain::ReferralChannel>(m_channel);
    m_date->setDate(referral ? std::optional(m_original.date) : std::nullopt);
    choices::choose(m_source, m_original.source);
    choices::choose(m_channel, m_original.channel);
    m_emergency->setChecked(m_original.emergency);
    m_organisation->setText(RecordText::text(m_original.referrerOrganisation));
    m_contact->setText(RecordText::text(m_original.referrerContact));
    finishSetup();
}

domain::Referral ReferralDialog::value() const
{
    domain::Referral referral = m_original;
    referral.date = m_date->date().value_or(m_original.date);
    referral.source = choices::chosen<domain::ReferralSource>(m_source);
    referral.channel = choices::chosen<domain::ReferralChannel>(m_channel);
    referral.emergency = m_emergency->isChecked();
    referral.referrerOrganisation = FieldText::plain(m_organisation);
    referral.referrerContact = FieldText::plain(m_contact);
    return referral;
}

void ReferralDialog::checkInput()
{
    checkDate("date", true);
    checkNotFuture("date");
}

void ReferralDialog::retranslateUi()
{
    setWindowTitle(isAdding() ? tr("Record the referral") : tr("Edit the referral"));
    setLabel("date", tr("&Date:"), tr("Date of the referral"));
    setLabel("source", tr("&Proposed by:"), tr("Proposed by"));
    setLabel("channel", tr("&Received by:"), tr("Received by"));
    setLabel("emergency", tr("&Emergency referral: it may rest on one phone call"), tr("Emergency referral"));
    setLabel("referrer_organisation", tr("Referring &organisation:"), tr("Referring organisation"));
    setLabel("referrer_contact", tr("&Contact at the organisation:"), tr("Contact at the organisation"));
    choices::retranslate<domain::ReferralSource>(m_source);
    choices::retranslate<domain::ReferralChannel>(m_channel);
}

} // namespace majakka::ui
