#include "ui/record/dialogs/AdmissionDialog.h"

#include "ui/common/DateEdit.h"
#include "ui/common/DateText.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/Choices.h"
#include "ui/record/dialogs/FieldText.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace majakka::ui {

AdmissionDialog::AdmissionDialog(const std::optional<domain::AdmissionDecision>& admission,
                                 const domain::ClientRecord& record,
                                 QWidget* parent)
    : RecordDialog(QStringLiteral("admissionDialog"), !admission, parent)
    , m_original(admission.value_or(domain::AdmissionDecision {}))
    , m_decision(addChoice("decision"))
    , m_date(addDate("date"))
    , m_grounds(addText("grounds"))
    , m_decider(addLine("decider"))
{
    if (record.referral) {
        m_referred = record.referral->date;
    }
    choices::fill<domain::AdmissionOutcome>(m_decision);
    choices::choose(m_decision, m_original.decision);
    m_date->setDate(admission ? std::optional(m_original.date) : std::nullopt);
    m_grounds->setPlainText(RecordText::text(m_original.grounds));
    m_decider->setText(RecordText::text(m_original.decider));
    finishSetup(520);
}

domain::AdmissionDecision AdmissionDialog::value() const
{
    domain::AdmissionDecision admission = m_original;
    admission.decision = choices::chosen<domain::AdmissionOutcome>(m_decision);
    admission.date = m_date->date().value_or(m_original.date);
    admission.grounds = FieldText::plain(m_grounds);
    admission.decider = FieldText::plain(m_decider);
    return admission;
}

void AdmissionDialog::checkInput()
{
    checkDate("date", true);
    checkNotFuture("date");
    if (const auto date = m_date->date(); date && m_referred && *date < *m_referred) {
        problem("date",
                tr("The decision cannot be before the referral (%1).").arg(DateText::format(*m_referred)));
    }
}

void AdmissionDialog::retranslateUi()
{
    setWindowTitle(isAdding() ? tr("Record the admission decision") : tr("Edit the admission decision"));
    setLabel("decision", tr("De&cision:"), tr("Decision"));
    setLabel("date", tr("&Date:"), tr("Date of the decision"));
    setLabel("grounds", tr("&Grounds:"), tr("Grounds"));
    setLabel("decider", tr("Decided &by:"), tr("Decided by"));
    choices::retranslate<domain::AdmissionOutcome>(m_decision);
}

} // namespace majakka::ui
