#include "ui/record/dialogs/ReopenDialog.h"

#include "ui/common/DateEdit.h"
#include "ui/common/DateText.h"
#include "ui/common/VocabularyText.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/FieldText.h"

#include <QLabel>
#include <QPlainTextEdit>

namespace majakka::ui {

namespace {
domain::Reopening newReopening(const domain::ClientRecord& record)
{
    domain::Reopening reopening;
    reopening.date = RecordText::today();
    if (record.end) {
        reopening.endedOn = record.end->date;
        reopening.endReason = record.end->reason;
    }
    return reopening;
}
} // namespace

ReopenDialog::ReopenDialog(const std::optional<domain::Reopening>& reopening,
                           const domain::ClientRecord& record,
                           QWidget* parent)
    : RecordDialog(QStringLiteral("reopenDialog"), !reopening, parent)
    , m_original(reopening.value_or(newReopening(record)))
    , m_ended(addNote())
{
    m_date = addDate("date");
    m_grounds = addText("grounds");
    m_date->setDate(m_original.date);
    m_grounds->setPlainText(RecordText::text(m_original.grounds));
    finishSetup(500);
}

domain::Reopening ReopenDialog::value() const
{
    domain::Reopening reopening = m_original;
    reopening.date = m_date->date().value_or(m_original.date);
    reopening.grounds = FieldText::plain(m_grounds);
    return reopening;
}

void ReopenDialog::checkInput()
{
    checkDate("date", true);
    checkNotFuture("date");
    if (const auto date = m_date->date(); date && *date < m_original.endedOn) {
        problem("date", tr("A case cannot be reopened before it ended."));
    }
    checkRequired("grounds");
}

void ReopenDialog::retranslateUi()
{
    setWindowTitle(tr("Reopen the case"));
    m_ended->setText(
        tr("The assistance ended on %1 (%2). Reopening makes the record editable again; the end "
           "is kept with the reopening.")
            .arg(DateText::format(m_original.endedOn), VocabularyText::text(m_original.endReason)));
    setLabel("date", tr("&Date:"), tr("Date of the reopening"));
    setLabel("grounds", tr("&Grounds:"), tr("Grounds for reopening"));
}

} // namespace majakka::ui
