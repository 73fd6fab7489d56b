#include "ui/record/dialogs/ContactDialog.h"

#include "ui/common/DateEdit.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/Choices.h"
#include "ui/record/dialogs/FieldText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace majakka::ui {

namespace {
domain::Contact newContact(const domain::ClientRecord& record)
{
    domain::Contact contact;
    contact.date = RecordText::today();
    contact.worker = record.person.worker;
    contact.interpreter = record.person.interpreterNeeded;
    return contact;
}
} // namespace

ContactDialog::ContactDialog(const std::optional<domain::Contact>& contact,
                             const domain::ClientRecord& record,
                             QWidget* parent)
    : RecordDialog(QStringLiteral("contactDialog"), !contact, parent)
    , m_original(contact.value_or(newContact(record)))
    , m_kind(addChoice("kind"))
    , m_date(addDate("date"))
    , m_municipality(addLine("municipality"))
    , m_worker(addLine("worker", 64))
    , m_interpreter(addCheck("interpreter"))
    , m_note(addText("note"))
{
    choices::fill<domain::ContactKind>(m_kind);
    choices::choose(m_kind, m_original.kind);
    m_date->setDate(m_original.date);
    m_municipality->setText(RecordText::text(m_original.municipality));
    m_worker->setText(RecordText::text(m_original.worker));
    m_interpreter->setChecked(m_original.interpreter);
    m_note->setPlainText(RecordText::text(m_original.note));
    finishSetup();
}

domain::Contact ContactDialog::value() const
{
    domain::Contact contact = m_original;
    contact.kind = choices::chosen<domain::ContactKind>(m_kind);
    contact.date = m_date->date().value_or(m_original.date);
    contact.municipality = FieldText::plain(m_municipality);
    contact.worker = FieldText::plain(m_worker);
    contact.interpreter = m_interpreter->isChecked();
    contact.note = FieldText::plain(m_note);
    return contact;
}

void ContactDialog::checkInput()
{
    checkDate("date", true);
    checkNotFuture("date");
    problem("worker", FieldText::userNameProblem(m_worker->text()));
}

void ContactDialog::retranslateUi()
{
    setWindowTitle(isAdding() ? tr("Add contact") : tr("Edit contact"));
    setLabel("kind", tr("&Kind:"), tr("Kind of contact"));
    setLabel("date", tr("&Date:"), tr("Date of the contact"));
    setLabel("municipality", tr("&Municipality:"), tr("Municipality"), tr("Where the contact took place."));
    setLabel("worker", tr("&Worker:"), tr("Worker"), tr("The user name of the worker who met the client."));
    setLabel("interpreter", tr("An &interpreter was used"), tr("An interpreter was used"));
    setLabel("note", tr("&Note:"), tr("Note"));
    choices::retranslate<domain::ContactKind>(m_kind);
}

} // namespace majakka::ui
