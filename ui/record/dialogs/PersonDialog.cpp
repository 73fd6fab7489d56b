#include "ui/record/dialogs/PersonDialog.h"

#include "ui/common/DateText.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/Choices.h"
#include "ui/record/dialogs/FieldText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace majakka::ui {

PersonDialog::PersonDialog(const std::optional<domain::Person>& person,
                           const domain::ClientRecord& record,
                           QWidget* parent)
    : RecordDialog(QStringLiteral("personDialog"), false, parent)
    , m_original(person.value_or(record.person))
    , m_givenNames(addLine("given_names"))
    , m_familyName(addLine("family_name"))
    , m_aliases(addLine("aliases", 1000))
    , m_birthDate(addLine("birth_date", 20))
    , m_gender(addChoice("gender"))
    , m_personalId(addLine("personal_id", 20))
    , m_citizenships(addLine("citizenships", 100))
    , m_languages(addLine("languages", 100))
    , m_interpreter(addCheck("interpreter_needed"))
{
    choices::fill<domain::Gender>(m_gender);
    m_givenNames->setText(RecordText::text(m_original.givenNames));
    m_familyName->setText(RecordText::text(m_original.familyName));
    m_aliases->setText(FieldText::listText(m_original.aliases));
    m_birthDate->setText(FieldText::partialDateText(m_original.birthDate));
    choices::choose(m_gender, m_original.gender);
    m_personalId->setText(m_original.personalId ? RecordText::text(m_original.personalId->text())
                                                : QString());
    m_citizenships->setText(FieldText::listText(m_original.citizenships));
    m_languages->setText(FieldText::listText(m_original.languages));
    m_interpreter->setChecked(m_original.interpreterNeeded);
    finishSetup(520);
}

domain::Person PersonDialog::value() const
{
    domain::Person person = m_original;
    person.givenNames = FieldText::plain(m_givenNames);
    person.familyName = FieldText::plain(m_familyName);
    person.aliases = FieldText::list(m_aliases->text());
    person.birthDate = FieldText::partialDate(m_birthDate->text()).value_or(m_original.birthDate);
    person.gender = choices::chosen<domain::Gender>(m_gender);
    const QString code = m_personalId->text().trimmed();
    person.personalId
        = code.isEmpty() ? std::nullopt : domain::PersonalIdentityCode::tryParse(code.toStdString());
    person.citizenships = FieldText::codes(m_citizenships->text(), true);
    person.languages = FieldText::codes(m_languages->text(), false);
    person.interpreterNeeded = m_interpreter->isChecked();
    return person;
}

void PersonDialog::checkInput()
{
    if (m_givenNames->text().trimmed().isEmpty() && m_familyName->text().trimmed().isEmpty()) {
        problem("given_names", tr("Enter a given name or a family name; a single known name goes here."));
    }
    const auto birth = FieldText::partialDate(m_birthDate->text());
    if (!birth) {
        problem("birth_date",
                tr("Write the birth date as %1, or the year alone.").arg(DateText::inputFormat()));
    } else if (const auto earliest = birth->earliest(); earliest && *earliest > RecordText::today()) {
        problem("birth_date", tr("The birth date cannot be in the future."));
    }
    const QString code = m_personalId->text().trimmed();
    problem("personal_id", FieldText::identityCodeProblem(code));
    const auto parsed = domain::PersonalIdentityCode::tryParse(code.toStdString());
    if (parsed && birth && birth->isKnown()) {
        const bool agrees = birth->date() ? *birth->date() == parsed->birthDate()
                                          : *birth->year() == parsed->birthDate().year();
        if (!agrees) {
            problem("personal_id",
                    tr("The code gives the birth date %1, which is not the birth date above.")
                        .arg(DateText::format(parsed->birthDate())));
        }
    }
    problem("citizenships", FieldText::countryCodesProblem(FieldText::codes(m_citizenships->text(), true)));
    problem("languages", FieldText::languageCodesProblem(FieldText::codes(m_languages->text(), false)));
}

void PersonDialog::retranslateUi()
{
    setWindowTitle(tr("Edit the person's details"));
    setLabel("given_names", tr("&Given names:"), tr("Given names"));
    setLabel("family_name", tr("&Family name:"), tr("Family name"));
    setLabel("aliases",
             tr("Other &names:"),
             tr("Other names"),
             tr("Aliases and other spellings, separated by commas."));
    setLabel("birth_date",
             tr("&Birth date:"),
             tr("Birth date"),
             tr("A date, or the year alone when only the year is known."));
    m_birthDate->setPlaceholderText(tr("%1 or yyyy").arg(DateText::inputFormat()));
    setLabel("gender", tr("Gen&der:"), tr("Gender"));
    setLabel("personal_id",
             tr("&Personal identity code:"),
             tr("Personal identity code"),
             tr("DDMMYYCZZZQ, such as 131052-308T. The century sign is kept as written."));
    m_personalId->setPlaceholderText(tr("DDMMYYCZZZQ"));
    setLabel("citizenships",
             tr("&Citizenships:"),
             tr("Citizenships"),
             tr("Country codes separated by commas, such as FI, RU."));
    m_citizenships->setPlaceholderText(tr("such as FI, RU"));
    setLabel("languages",
             tr("&Languages:"),
             tr("Languages"),
             tr("Language codes separated by commas, such as fi, ru, tgl."));
    m_languages->setPlaceholderText(tr("such as fi, ru, tgl"));
    setLabel("interpreter_needed", tr("Needs an &interpreter"), tr("Needs an interpreter"));
    choices::retranslate<domain::Gender>(m_gender);
}

} // namespace majakka::ui
