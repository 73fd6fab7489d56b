#include "ui/record/dialogs/ResidenceMatterDialog.h"

#include "ui/common/DateEdit.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/Choices.h"
#include "ui/record/dialogs/FieldText.h"

#include <QComboBox>
#include <QPlainTextEdit>

namespace majakka::ui {

ResidenceMatterDialog::ResidenceMatterDialog(const std::optional<domain::ResidenceMatter>& matter,
                                             const domain::ClientRecord&,
                                             QWidget* parent)
    : RecordDialog(QStringLiteral("residenceDialog"), !matter, parent)
    , m_original(matter.value_or(domain::ResidenceMatter {}))
    , m_kind(addChoice("kind"))
    , m_date(addDate("date"))
    , m_outcome(addChoice("outcome"))
    , m_expected(addDate("decision_expected"))
    , m_decided(addDate("decided"))
    , m_note(addText("note"))
{
    choices::fill<domain::ResidenceMatterKind>(m_kind);
    choices::fill<domain::ResidenceOutcome>(m_outcome);
    choices::choose(m_kind, m_original.kind);
    m_date->setDate(matter ? std::optional(m_original.date) : std::nullopt);
    choices::choose(m_outcome, m_original.outcome);
    m_expected->setDate(m_original.decisionExpected);
    m_decided->setDate(m_original.decided);
    m_note->setPlainText(RecordText::text(m_original.note));
    finishSetup();
}

domain::ResidenceMatter ResidenceMatterDialog::value() const
{
    domain::ResidenceMatter matter = m_original;
    matter.kind = choices::chosen<domain::ResidenceMatterKind>(m_kind);
    matter.date = m_date->date().value_or(m_original.date);
    matter.outcome = choices::chosen<domain::ResidenceOutcome>(m_outcome);
    matter.decisionExpected = m_expected->date();
    matter.decided = m_decided->date();
    matter.note = FieldText::plain(m_note);
    return matter;
}

void ResidenceMatterDialog::checkInput()
{
    checkDate("date", true);
    checkNotFuture("date");
    checkDate("decision_expected", false);
    checkNotBefore("decision_expected", "date", tr("A decision cannot be expected before the matter began."));
    checkDate("decided", false);
    if (!m_decided->date()
        && choices::chosen<domain::ResidenceOutcome>(m_outcome) != domain::ResidenceOutcome::Pending) {
        problem("decided", tr("An outcome needs the date it was decided or completed."));
    }
    checkNotFuture("decided");
    checkNotBefore("decided", "date", tr("It cannot be decided before the matter began."));
}

void ResidenceMatterDialog::retranslateUi()
{
    setWindowTitle(isAdding() ? tr("Add residence matter") : tr("Edit residence matter"));
    setLabel("kind", tr("&Matter:"), tr("Kind of matter"));
    setLabel("date", tr("&Date:"), tr("Date applied or started"));
    setLabel("outcome", tr("&Outcome:"), tr("Outcome"));
    setLabel("decision_expected",
             tr("Decision e&xpected:"),
             tr("Decision expected"),
             tr("A planned date; it is on the deadlines while the matter is pending."));
    setLabel("decided", tr("Dec&ided on:"), tr("Date decided or completed"));
    setLabel("note", tr("&Note:"), tr("Note"));
    choices::retranslate<domain::ResidenceMatterKind>(m_kind);
    choices::retranslate<domain::ResidenceOutcome>(m_outcome);
}

} // namespace majakka::ui
