#include "ui/record/dialogs/AppealDialog.h"

#include "ui/common/DateEdit.h"
#include "ui/common/DateText.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/Choices.h"
#include "ui/record/dialogs/FieldText.h"

#include <QComboBox>
#include <QLineEdit>

namespace majakka::ui {

AppealDialog::AppealDialog(const std::optional<domain::Appeal>& appeal,
                           const domain::ClientRecord& record,
                           QWidget* parent)
    : RecordDialog(QStringLiteral("appealDialog"), !appeal, parent)
    , m_original(appeal.value_or(domain::Appeal {}))
    , m_date(addDate("date"))
    , m_court(addLine("court"))
    , m_outcome(addChoice("outcome"))
    , m_courtDecided(addDate("decided"))
{
    if (record.admission) {
        m_decided = record.admission->date;
    }
    choices::fill<domain::AppealOutcome>(m_outcome);
    m_date->setDate(m_original.date);
    m_court->setText(RecordText::text(m_original.court));
    choices::choose(m_outcome, m_original.outcome);
    m_courtDecided->setDate(m_original.decided);
    finishSetup();
}

domain::Appeal AppealDialog::value() const
{
    domain::Appeal appeal = m_original;
    appeal.date = m_date->date();
    appeal.court = FieldText::plain(m_court);
    appeal.outcome = choices::chosen<domain::AppealOutcome>(m_outcome);
    appeal.decided = m_courtDecided->date();
    return appeal;
}

void AppealDialog::checkInput()
{
    checkDate("date", false);
    checkNotFuture("date");
    if (const auto date = m_date->date(); date && m_decided && *date < *m_decided) {
        problem("date",
                tr("The appeal cannot be before the decision it appeals (%1).")
                    .arg(DateText::format(*m_decided)));
    }
    checkRequired("court");
    const auto outcome = choices::chosen<domain::AppealOutcome>(m_outcome);
    const bool courtDecided
        = outcome != domain::AppealOutcome::Pending && outcome != domain::AppealOutcome::Withdrawn;
    checkDate("decided", false);
    if (courtDecided && !m_courtDecided->date()) {
        problem("decided", tr("An outcome from the court needs the date the court decided."));
    }
    checkNotFuture("decided");
    checkNotBefore("decided", "date", tr("The court cannot decide before the appeal was made."));
}

void AppealDialog::retranslateUi()
{
    setWindowTitle(isAdding() ? tr("Record an appeal") : tr("Edit the appeal"));
    setLabel("date", tr("&Appealed on:"), tr("Date of the appeal"));
    setLabel("court", tr("Co&urt:"), tr("Court"));
    setLabel("outcome", tr("&Outcome:"), tr("Outcome"));
    setLabel("decided",
             tr("&Decided on:"),
             tr("Date the court decided"),
             tr("Needed once the court has decided."));
    choices::retranslate<domain::AppealOutcome>(m_outcome);
}

} // namespace majakka::ui
