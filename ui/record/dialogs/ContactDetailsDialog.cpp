#include "ui/record/dialogs/ContactDetailsDialog.h"

#include "ui/record/RecordText.h"
#include "ui/record/dialogs/Choices.h"
#include "ui/record/dialogs/FieldText.h"

#include <QComboBox>
#include <QLineEdit>

namespace majakka::ui {

ContactDetailsDialog::ContactDetailsDialog(const std::optional<domain::Person>& person,
                                           const domain::ClientRecord& record,
                                           QWidget* parent)
    : RecordDialog(QStringLiteral("contactDetailsDialog"), false, parent)
    , m_original(person.value_or(record.person))
    , m_phone(addLine("phone", 40))
    , m_email(addLine("email", 254))
    , m_address(addLine("address", 500))
    , m_municipality(addLine("municipality"))
    , m_county(addLine("wellbeing_county"))
    , m_residence(addChoice("residence_status"))
    , m_housing(addChoice("housing"))
{
    choices::fill<domain::ResidenceStatus>(m_residence);
    choices::fill<domain::HousingKind>(m_housing, true);
    m_phone->setText(RecordText::text(m_original.phone));
    m_email->setText(RecordText::text(m_original.email));
    m_address->setText(RecordText::text(m_original.address));
    m_municipality->setText(RecordText::text(m_original.municipality));
    m_county->setText(RecordText::text(m_original.wellbeingCounty));
    choices::choose(m_residence, m_original.residenceStatus);
    choices::choose(m_housing, m_original.housing);
    finishSetup(520);
}

domain::Person ContactDetailsDialog::value() const
{
    domain::Person person = m_original;
    person.phone = FieldText::plain(m_phone);
    person.email = FieldText::plain(m_email);
    person.address = FieldText::plain(m_address);
    person.municipality = FieldText::plain(m_municipality);
    person.wellbeingCounty = FieldText::plain(m_county);
    person.residenceStatus = choices::chosen<domain::ResidenceStatus>(m_residence);
    person.housing = choices::chosenOptional<domain::HousingKind>(m_housing);
    return person;
}

void ContactDetailsDialog::checkInput()
{
    problem("phone", FieldText::phoneProblem(m_phone->text()));
    problem("email", FieldText::emailProblem(m_email->text()));
}

void ContactDetailsDialog::retranslateUi()
{
    setWindowTitle(tr("Edit contact details and residence"));
    setLabel("phone", tr("&Phone:"), tr("Phone"));
    setLabel("email", tr("&E-mail:"), tr("E-mail"));
    setLabel("address", tr("&Address:"), tr("Address"));
    setLabel("municipality",
             tr("&Municipality of residence:"),
             tr("Municipality of residence"),
             tr("Empty when the client has no municipality of residence in Finland."));
    setLabel("wellbeing_county", tr("&Wellbeing services county:"), tr("Wellbeing services county"));
    setLabel("residence_status", tr("&Residence status:"), tr("Residence status"));
    setLabel("housing", tr("&Housing:"), tr("Housing"));
    choices::retranslate<domain::ResidenceStatus>(m_residence);
    choices::retranslate<domain::HousingKind>(m_housing, tr("not recorded"));
}

} // namespace majakka::ui
