#include "ui/record/dialogs/AssignmentDialog.h"

#include "ui/record/RecordText.h"
#include "ui/record/dialogs/Choices.h"
#include "ui/record/dialogs/FieldText.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace majakka::ui {

AssignmentDialog::AssignmentDialog(const domain::ClientRecord& record,
                                   bool mayAssignWorker,
                                   bool mayMoveOffice,
                                   QWidget* parent)
    : RecordDialog(QStringLiteral("assignmentDialog"), false, parent)
    , m_original(record.person)
    , m_mayAssignWorker(mayAssignWorker)
    , m_mayMoveOffice(mayMoveOffice)
    , m_office(addChoice("office"))
    , m_worker(addLine("worker", 64))
    , m_rights(addNote())
{
    m_rights->setObjectName(QStringLiteral("assignmentRightsNote"));
    choices::fill<domain::Office>(m_office);
    choices::choose(m_office, m_original.office);
    m_worker->setText(RecordText::text(m_original.worker));
    m_office->setEnabled(m_mayMoveOffice);
    m_worker->setEnabled(m_mayAssignWorker);
    finishSetup();
}

domain::Person AssignmentDialog::value() const
{
    domain::Person person = m_original;
    person.office = choices::chosen<domain::Office>(m_office);
    person.worker = FieldText::plain(m_worker);
    return person;
}

void AssignmentDialog::checkInput()
{
    problem("worker", FieldText::userNameProblem(m_worker->text()));
}

void AssignmentDialog::retranslateUi()
{
    setWindowTitle(tr("Office and worker"));
    setLabel("office", tr("&Office:"), tr("Office"));
    setLabel(
        "worker", tr("&Worker:"), tr("Worker"), tr("The user name of the worker the client is assigned to."));
    choices::retranslate<domain::Office>(m_office);
    QString rights;
    if (!m_mayAssignWorker && m_mayMoveOffice) {
        rights = tr("A caseworker keeps the clients assigned to them: an office worker or an administrator "
                    "can give the client another worker.");
    } else if (m_mayAssignWorker && !m_mayMoveOffice) {
        rights = tr("An office worker keeps the client in their office: an administrator can move the client "
                    "to another office.");
    } else if (!m_mayAssignWorker && !m_mayMoveOffice) {
        rights = tr("Your role does not allow changing the office or the worker.");
    }
    m_rights->setText(rights);
    m_rights->setVisible(!rights.isEmpty());
}

} // namespace majakka::ui
