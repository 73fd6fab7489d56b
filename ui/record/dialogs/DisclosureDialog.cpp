#include "ui/record/dialogs/DisclosureDialog.h"

#include "domain/ClientRules.h"
#include "ui/common/DateEdit.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/Choices.h"
#include "ui/record/dialogs/FieldText.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <algorithm>

namespace majakka::ui {

DisclosureDialog::DisclosureDialog(const std::optional<domain::Disclosure>& disclosure,
                                   const domain::ClientRecord& record,
                                   QWidget* parent)
    : RecordDialog(QStringLiteral("disclosureDialog"), !disclosure, parent)
    , m_original(disclosure.value_or(domain::Disclosure {RecordText::today(), {}, {}, {}}))
    , m_record(record)
    , m_date(addDate("date"))
    , m_toWhom(addLine("to_whom"))
    , m_what(addText("what"))
    , m_basis(addChoice("basis"))
{
    choices::fill<domain::DisclosureBasis>(m_basis);
    m_date->setDate(m_original.date);
    m_toWhom->setText(RecordText::text(m_original.toWhom));
    m_what->setPlainText(RecordText::text(m_original.what));
    choices::choose(m_basis, m_original.basis);
    finishSetup(520);
}

domain::Disclosure DisclosureDialog::value() const
{
    domain::Disclosure disclosure = m_original;
    disclosure.date = m_date->date().value_or(m_original.date);
    disclosure.toWhom = FieldText::plain(m_toWhom);
    disclosure.what = FieldText::plain(m_what);
    disclosure.basis = choices::chosen<domain::DisclosureBasis>(m_basis);
    return disclosure;
}

void DisclosureDialog::checkInput()
{
    checkDate("date", true);
    checkNotFuture("date");
    checkRequired("to_whom");
    checkRequired("what");
    const auto date = m_date->date();
    if (!date) {
        return;
    }
    const auto basis = choices::chosen<domain::DisclosureBasis>(m_basis);
    if (basis == domain::DisclosureBasis::ClientConsent && !domain::consentInForce(m_record, *date)) {
        problem("basis",
                tr("No consent of the client is in force on that day: record the consent first, or give the "
                   "legal duty that allowed it."));
    }
    const auto& threats = m_record.seriousThreats;
    if (basis == domain::DisclosureBasis::SeriousThreatDuty
        && std::none_of(threats.begin(), threats.end(), [&](const domain::SeriousThreat& threat) {
               return threat.date <= *date;
           })) {
        problem("basis", tr("No serious threat is recorded on or before that day: record the threat first."));
    }
}

void DisclosureDialog::retranslateUi()
{
    setWindowTitle(isAdding() ? tr("Record disclosure") : tr("Edit disclosure"));
    setLabel("date", tr("&Date:"), tr("Date of the disclosure"));
    setLabel("to_whom", tr("&To whom:"), tr("To whom"));
    setLabel("what", tr("&What was told:"), tr("What was told"));
    setLabel(
        "basis", tr("&Basis:"), tr("Basis"), tr("Nothing about a client is told to anyone without a basis."));
    choices::retranslate<domain::DisclosureBasis>(m_basis);
}

} // namespace majakka::ui
