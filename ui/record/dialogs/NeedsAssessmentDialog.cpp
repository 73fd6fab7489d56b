#include "ui/record/dialogs/NeedsAssessmentDialog.h"

#include "ui/common/DateEdit.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/Choices.h"
#include "ui/record/dialogs/FieldText.h"

#include <QListWidget>
#include <QPlainTextEdit>

namespace majakka::ui {

NeedsAssessmentDialog::NeedsAssessmentDialog(const std::optional<domain::NeedsAssessment>& assessment,
                                             const domain::ClientRecord&,
                                             QWidget* parent)
    : RecordDialog(QStringLiteral("needsDialog"), !assessment, parent)
    , m_original(assessment.value_or(domain::NeedsAssessment {}))
    , m_date(addDate("date"))
    , m_needs(addChecklist("needs"))
    , m_plan(addText("plan"))
    , m_consent(addDate("consent_date"))
    , m_reassessment(addDate("reassessment_date"))
{
    m_date->setDate(assessment ? std::optional(m_original.date) : std::nullopt);
    choices::fill<domain::NeedArea>(m_needs, m_original.needs);
    m_plan->setPlainText(RecordText::text(m_original.plan));
    m_consent->setDate(m_original.consentDate);
    m_reassessment->setDate(m_original.reassessmentDate);
    finishSetup(520);
}

domain::NeedsAssessment NeedsAssessmentDialog::value() const
{
    domain::NeedsAssessment assessment = m_original;
    assessment.date = m_date->date().value_or(m_original.date);
    assessment.needs = choices::checked(m_needs, m_original.needs);
    assessment.plan = FieldText::plain(m_plan);
    assessment.consentDate = m_consent->date();
    assessment.reassessmentDate = m_reassessment->date();
    return assessment;
}

void NeedsAssessmentDialog::checkInput()
{
    checkDate("date", true);
    checkNotFuture("date");
    checkDate("consent_date", false);
    checkNotFuture("consent_date");
    checkDate("reassessment_date", false);
    checkNotBefore("reassessment_date", "date", tr("The reassessment cannot be before the assessment."));
}

void NeedsAssessmentDialog::retranslateUi()
{
    setWindowTitle(isAdding() ? tr("Record the needs assessment") : tr("Edit the needs assessment"));
    setLabel("date", tr("&Date:"), tr("Date of the assessment"));
    setLabel("needs", tr("&Needs:"), tr("Needs"), tr("Check every need found with the client."));
    setLabel("plan", tr("&Plan:"), tr("Plan"));
    setLabel("consent_date",
             tr("Client &agreed on:"),
             tr("Date the client agreed to the plan"),
             tr("Support measures need the client's consent on or before their start."));
    setLabel("reassessment_date", tr("&Reassessment due:"), tr("Reassessment due"));
    choices::retranslate<domain::NeedArea>(m_needs);
}

} // namespace majakka::ui
