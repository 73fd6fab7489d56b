#include "ui/record/dialogs/EndDialog.h"

#include "ui/common/DateEdit.h"
#include "ui/common/DateText.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/Choices.h"
#include "ui/record/dialogs/FieldText.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>

namespace majakka::ui {

EndDialog::EndDialog(const std::optional<domain::EndOfAssistance>& end,
                     const domain::ClientRecord& record,
                     QWidget* parent)
    : RecordDialog(QStringLiteral("endDialog"), !end, parent)
    , m_original(end.value_or(domain::EndOfAssistance {RecordText::today(), {}, {}}))
    , m_date(addDate("date"))
    , m_reason(addChoice("reason"))
    , m_note(addText("note"))
    , m_readOnly(addNote())
{
    if (record.isAdmitted()) {
        m_admitted = record.admission->date;
    }
    choices::fill<domain::EndReason>(m_reason);
    m_date->setDate(m_original.date);
    choices::choose(m_reason, m_original.reason);
    m_note->setPlainText(RecordText::text(m_original.note));
    finishSetup(500);
}

domain::EndOfAssistance EndDialog::value() const
{
    domain::EndOfAssistance end = m_original;
    end.date = m_date->date().value_or(m_original.date);
    end.reason = choices::chosen<domain::EndReason>(m_reason);
    end.note = FieldText::plain(m_note);
    return end;
}

void EndDialog::checkInput()
{
    checkDate("date", true);
    checkNotFuture("date");
    if (const auto date = m_date->date(); date && m_admitted && *date < *m_admitted) {
        problem(
            "date",
            tr("The assistance cannot end before the admission (%1).").arg(DateText::format(*m_admitted)));
    }
}

void EndDialog::retranslateUi()
{
    setWindowTitle(tr("End the assistance"));
    setLabel("date", tr("&Date:"), tr("Date the assistance ends"));
    setLabel("reason", tr("&Reason:"), tr("Reason"));
    setLabel("note", tr("&Note:"), tr("Note"));
    m_readOnly->setText(tr("The record becomes read-only until the case is reopened."));
    choices::retranslate<domain::EndReason>(m_reason);
}

} // namespace majakka::ui
