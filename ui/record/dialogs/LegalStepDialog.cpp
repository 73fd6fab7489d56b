#include "ui/record/dialogs/LegalStepDialog.h"

#include "ui/common/DateEdit.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/Choices.h"
#include "ui/record/dialogs/FieldText.h"

#include <QComboBox>
#include <QPlainTextEdit>

namespace majakka::ui {

LegalStepDialog::LegalStepDialog(const std::optional<domain::LegalStep>& step,
                                 const domain::ClientRecord&,
                                 QWidget* parent)
    : RecordDialog(QStringLiteral("legalStepDialog"), !step, parent)
    , m_original(step.value_or(domain::LegalStep {}))
    , m_kind(addChoice("kind"))
    , m_date(addDate("date"))
    , m_courtDate(addDate("court_date"))
    , m_note(addText("note"))
{
    choices::fill<domain::LegalStepKind>(m_kind);
    choices::choose(m_kind, m_original.kind);
    m_date->setDate(step ? std::optional(m_original.date) : std::nullopt);
    m_courtDate->setDate(m_original.courtDate);
    m_note->setPlainText(RecordText::text(m_original.note));
    finishSetup();
}

domain::LegalStep LegalStepDialog::value() const
{
    domain::LegalStep step = m_original;
    step.kind = choices::chosen<domain::LegalStepKind>(m_kind);
    step.date = m_date->date().value_or(m_original.date);
    step.courtDate = m_courtDate->date();
    step.note = FieldText::plain(m_note);
    return step;
}

void LegalStepDialog::checkInput()
{
    checkDate("date", true);
    checkNotFuture("date");
    checkDate("court_date", false);
    checkNotBefore("court_date", "date", tr("The court date cannot be before the step itself."));
}

void LegalStepDialog::retranslateUi()
{
    setWindowTitle(isAdding() ? tr("Add legal step") : tr("Edit legal step"));
    setLabel("kind", tr("&Step:"), tr("Kind of step"));
    setLabel("date", tr("&Date:"), tr("Date of the step"));
    setLabel(
        "court_date", tr("&Court date:"), tr("Court date"), tr("A planned date; it is on the deadlines."));
    setLabel("note", tr("&Note:"), tr("Note"));
    choices::retranslate<domain::LegalStepKind>(m_kind);
}

} // namespace majakka::ui
