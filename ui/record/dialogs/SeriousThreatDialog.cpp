#include "ui/record/dialogs/SeriousThreatDialog.h"

#include "ui/common/DateEdit.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/FieldText.h"

#include <QLabel>
#include <QPlainTextEdit>

namespace majakka::ui {

SeriousThreatDialog::SeriousThreatDialog(const std::optional<domain::SeriousThreat>& threat,
                                         const domain::ClientRecord&,
                                         QWidget* parent)
    : RecordDialog(QStringLiteral("threatDialog"), !threat, parent)
    , m_original(threat.value_or(domain::SeriousThreat {RecordText::today(), {}, {}}))
    , m_date(addDate("date"))
    , m_description(addText("description"))
    , m_notified(addDate("police_notified"))
    , m_duty(addNote())
{
    m_duty->setObjectName(QStringLiteral("threatDutyNote"));
    m_date->setDate(m_original.date);
    m_description->setPlainText(RecordText::text(m_original.description));
    m_notified->setDate(m_original.policeNotified);
    finishSetup(520);
}

domain::SeriousThreat SeriousThreatDialog::value() const
{
    domain::SeriousThreat threat = m_original;
    threat.date = m_date->date().value_or(m_original.date);
    threat.description = FieldText::plain(m_description);
    threat.policeNotified = m_notified->date();
    return threat;
}

void SeriousThreatDialog::checkInput()
{
    checkDate("date", true);
    checkNotFuture("date");
    checkRequired("description");
    checkDate("police_notified", false);
    checkNotFuture("police_notified");
    checkNotBefore("police_notified", "date", tr("The police cannot be notified before the threat."));
    // Not an error: the threat is recorded first and the notice follows, but it must not be forgotten.
    m_duty->setVisible(m_notified->text().trimmed().isEmpty());
}

void SeriousThreatDialog::retranslateUi()
{
    setWindowTitle(isAdding() ? tr("Record serious threat") : tr("Edit serious threat"));
    setLabel("date", tr("&Date:"), tr("Date of the threat"));
    setLabel("description", tr("&Description:"), tr("Description of the threat"));
    setLabel("police_notified", tr("&Police notified on:"), tr("Date the police were notified"));
    m_duty->setText(tr("A serious threat to the life, health or freedom of the client, a worker or another "
                       "victim must be notified to the police. Record the date once it is done."));
}

} // namespace majakka::ui
