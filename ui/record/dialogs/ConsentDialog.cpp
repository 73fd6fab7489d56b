#include "ui/record/dialogs/ConsentDialog.h"

#include "ui/common/DateEdit.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/Choices.h"
#include "ui/record/dialogs/FieldText.h"

#include <QComboBox>
#include <QPlainTextEdit>

namespace majakka::ui {

ConsentDialog::ConsentDialog(const std::optional<domain::Consent>& consent,
                             const domain::ClientRecord&,
                             QWidget* parent)
    : RecordDialog(QStringLiteral("consentDialog"), !consent, parent)
    , m_original(consent.value_or(domain::Consent {RecordText::today(), {}, domain::ConsentStatus::Given}))
    , m_date(addDate("date"))
    , m_status(addChoice("status"))
    , m_scope(addText("scope"))
{
    choices::fill<domain::ConsentStatus>(m_status);
    m_date->setDate(m_original.date);
    choices::choose(m_status, m_original.status);
    m_scope->setPlainText(RecordText::text(m_original.scope));
    finishSetup();
}

domain::Consent ConsentDialog::value() const
{
    domain::Consent consent = m_original;
    consent.date = m_date->date().value_or(m_original.date);
    consent.status = choices::chosen<domain::ConsentStatus>(m_status);
    consent.scope = FieldText::plain(m_scope);
    return consent;
}

void ConsentDialog::checkInput()
{
    checkDate("date", true);
    checkNotFuture("date");
    checkRequired("scope");
}

void ConsentDialog::retranslateUi()
{
    setWindowTitle(isAdding() ? tr("Record consent") : tr("Edit consent"));
    setLabel("date", tr("&Date:"), tr("Date of the consent"));
    setLabel("status", tr("&Consent:"), tr("Given or withdrawn"));
    setLabel("scope",
             tr("&What it covers:"),
             tr("What the consent covers"),
             tr("In your own words: the referral, services, passing information to someone…"));
    choices::retranslate<domain::ConsentStatus>(m_status);
}

} // namespace majakka::ui
