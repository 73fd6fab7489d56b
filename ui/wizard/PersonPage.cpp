#include "ui/wizard/PersonPage.h"

#include "ui/clients/ClientListModel.h"
#include "ui/common/DateText.h"
#include "ui/common/ErrorLabel.h"
#include "ui/wizard/WizardChoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <algorithm>

namespace majakka::ui {

namespace {
// "fi, NG  se" → {"FI", "NG", "SE"} for citizenships (upper) or languages (lower).
std::vector<std::string> codes(const QString& typed, bool upper)
{
    std::vector<std::string> out;
    const QStringList parts = typed.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        out.push_back((upper ? part.toUpper() : part.toLower()).toStdString());
    }
    return out;
}
} // namespace

PersonPage::PersonPage(const domain::User& user,
                       const std::vector<domain::User>& users,
                       ParentLookup findParent,
                       QWidget* parent)
    : ClientWizardPage(parent)
    , m_user(user)
    , m_findParent(std::move(findParent))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_parentLabel(new QLabel(this))
    , m_parentNumber(new QLineEdit(this))
    , m_parentName(new QLabel(this))
    , m_birthLabel(new QLabel(this))
    , m_birth(new QLineEdit(this))
    , m_genderLabel(new QLabel(this))
    , m_gender(new QComboBox(this))
    , m_citizenshipLabel(new QLabel(this))
    , m_citizenship(new QLineEdit(this))
    , m_languagesLabel(new QLabel(this))
    , m_languages(new QLineEdit(this))
    , m_interpreter(new QCheckBox(this))
    , m_phoneLabel(new QLabel(this))
    , m_phone(new QLineEdit(this))
    , m_municipalityLabel(new QLabel(this))
    , m_municipality(new QLineEdit(this))
    , m_residenceLabel(new QLabel(this))
    , m_residence(new QComboBox(this))
    , m_officeLabel(new QLabel(this))
    , m_office(new QComboBox(this))
    , m_workerLabel(new QLabel(this))
    , m_worker(new QComboBox(this))
{
    setObjectName(QStringLiteral("personPage"));
    for (const domain::User& other : users) {
        if (other.role != domain::Role::Supervisor) {
            m_workers.push_back(other.name);
        }
    }
    std::sort(m_workers.begin(), m_workers.end());
    m_kind->setObjectName(QStringLiteral("clientKindBox"));
    m_parentNumber->setObjectName(QStringLiteral("parentNumberEdit"));
    m_parentName->setObjectName(QStringLiteral("parentNameLabel"));
    m_birth->setObjectName(QStringLiteral("birthDateEdit"));
    m_gender->setObjectName(QStringLiteral("genderBox"));
    m_citizenship->setObjectName(QStringLiteral("citizenshipEdit"));
    m_languages->setObjectName(QStringLiteral("languagesEdit"));
    m_interpreter->setObjectName(QStringLiteral("interpreterCheck"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_municipality->setObjectName(QStringLiteral("municipalityEdit"));
    m_residence->setObjectName(QStringLiteral("residenceStatusBox"));
    m_office->setObjectName(QStringLiteral("officeBox"));
    m_worker->setObjectName(QStringLiteral("workerBox"));
    m_parentName->setTextFormat(Qt::PlainText);
    for (auto [label, field] :
         std::initializer_list<std::pair<QLabel*, QWidget*>> {{m_kindLabel, m_kind},
                                                              {m_parentLabel, m_parentNumber},
                                                              {m_birthLabel, m_birth},
                                                              {m_genderLabel, m_gender},
                                                              {m_citizenshipLabel, m_citizenship},
                                                              {m_languagesLabel, m_languages},
                                                              {m_phoneLabel, m_phone},
                                                              {m_municipalityLabel, m_municipality},
                                                              {m_residenceLabel, m_residence},
                                                              {m_officeLabel, m_office},
                                                              {m_workerLabel, m_worker}}) {
        label->setBuddy(field);
    }

    auto* form = new QFormLayout;
    m_form = form;
    addRow(form, m_kindLabel, m_kind, {"kind"});
    m_parentError = addRow(form, m_parentLabel, m_parentNumber, {"parent"});
    form->addRow(QString(), m_parentName);
    m_birthError = addRow(form, m_birthLabel, m_birth, {"birth_date"});
    addRow(form, m_genderLabel, m_gender, {"gender"});
    addRow(form, m_citizenshipLabel, m_citizenship, {"citizenships"});
    addRow(form, m_languagesLabel, m_languages, {"languages"});
    addRow(form, nullptr, m_interpreter, {"interpreter_needed"});
    addRow(form, m_phoneLabel, m_phone, {"phone"});
    addRow(form, m_municipalityLabel, m_municipality, {"municipality"});
    addRow(form, m_residenceLabel, m_residence, {"residence_status"});
    addRow(form, m_officeLabel, m_office, {"office"});
    addRow(form, m_workerLabel, m_worker, {"worker"});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch(1);

    retranslateUi();
    chooseValue(m_kind, domain::ClientKind::Victim);
    chooseValue(m_gender, domain::Gender::Unknown);
    chooseValue(m_residence, domain::ResidenceStatus::Unknown);
    chooseValue(m_office, user.office.value_or(domain::Office::Helsinki));
    // A caseworker's new client is theirs, an office worker's is their office's:
    // the core refuses anything else, so the form does not offer it.
    m_office->setEnabled(!(user.role == domain::Role::OfficeWorker && user.office));
    m_worker->setEnabled(user.role != domain::Role::Caseworker);
    m_worker->setCurrentIndex(qMax(0, m_worker->findData(QString::fromStdString(user.name))));
    updateParent();

    for (QLineEdit* edit : {m_parentNumber, m_birth, m_citizenship, m_languages, m_phone, m_municipality}) {
        connect(edit, &QLineEdit::textChanged, this, &PersonPage::recheck);
    }
    for (QComboBox* box : {m_kind, m_gender, m_residence, m_office, m_worker}) {
        connect(box, &QComboBox::currentIndexChanged, this, &PersonPage::recheck);
    }
    connect(m_interpreter, &QCheckBox::toggled, this, &PersonPage::recheck);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PersonPage::updateParent);
    connect(m_parentNumber, &QLineEdit::textChanged, this, &PersonPage::updateParent);
}

void PersonPage::fillWorkers()
{
    const QString kept = m_worker->currentData().toString();
    m_worker->clear();
    m_worker->addItem(tr("Not assigned yet"), QString());
    if (m_user.role == domain::Role::Caseworker) {
        m_worker->addItem(QString::fromStdString(m_user.name), QString::fromStdString(m_user.name));
    }
    for (const std::string& name : m_workers) {
        m_worker->addItem(QString::fromStdString(name), QString::fromStdString(name));
    }
    m_worker->setCurrentIndex(qMax(0, m_worker->findData(kept)));
}

void PersonPage::updateParent()
{
    const bool child = chosenValue<domain::ClientKind>(m_kind) == domain::ClientKind::Child;
    // Rows, not only widgets, so that no gap is left where they were.
    m_form->setRowVisible(m_parentError->parentWidget(), child);
    m_form->setRowVisible(m_parentName, child);
    m_parent.reset();
    const QString number = m_parentNumber->text().trimmed();
    if (child && !number.isEmpty() && m_findParent) {
        m_parent = m_findParent(number);
    }
    m_parentName->setText(m_parent ? tr("Parent: %1").arg(ClientListModel::displayName(*m_parent))
                                   : QString());
}

std::optional<domain::PartialDate> PersonPage::birthDate() const
{
    const QString typed = m_birth->text().trimmed();
    if (typed.isEmpty()) {
        return domain::PartialDate::unknown();
    }
    if (QRegularExpression(QStringLiteral("^\\d{4}$")).match(typed).hasMatch()) {
        const int year = typed.toInt();
        if (year < 1800 || year > 9999) {
            return std::nullopt;
        }
        return domain::PartialDate::yearOnly(year);
    }
    if (const std::optional<domain::Date> date = DateText::parse(typed)) {
        return domain::PartialDate::fullDate(*date);
    }
    return std::nullopt;
}

void PersonPage::fill(domain::ClientRecord& record) const
{
    domain::Person& person = record.person;
    person.kind = chosenValue<domain::ClientKind>(m_kind);
    person.parent = person.kind == domain::ClientKind::Child && m_parent ? m_parent->id : std::string();
    person.birthDate = birthDate().value_or(domain::PartialDate::unknown());
    person.gender = chosenValue<domain::Gender>(m_gender);
    person.citizenships = codes(m_citizenship->text(), true);
    person.languages = codes(m_languages->text(), false);
    person.interpreterNeeded = m_interpreter->isChecked();
    person.phone = m_phone->text().trimmed().toStdString();
    person.municipality = m_municipality->text().trimmed().toStdString();
    person.residenceStatus = chosenValue<domain::ResidenceStatus>(m_residence);
    person.office = chosenValue<domain::Office>(m_office);
    person.worker = m_worker->currentData().toString().toStdString();
}

bool PersonPage::checkInput()
{
    bool ok = true;
    if (!birthDate()) {
        showProblem(m_birthError, tr("Type the year (1990) or the date (%1).").arg(DateText::inputFormat()));
        ok = false;
    }
    if (chosenValue<domain::ClientKind>(m_kind) == domain::ClientKind::Child && !m_parent) {
        showProblem(m_parentError,
                    m_parentNumber->text().trimmed().isEmpty()
                        ? tr("A child client is linked to a parent: type the parent's client number.")
                        : tr("None of your clients has this number."));
        ok = false;
    }
    return ok;
}

void PersonPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    ClientWizardPage::changeEvent(event);
}

void PersonPage::retranslateUi()
{
    setTitle(tr("The person"));
    setSubTitle(tr("Step 3 of 3: what is known of the person now. Empty fields can be filled in later."));
    m_kindLabel->setText(tr("K&ind of client:"));
    m_kind->setAccessibleName(tr("Kind of client"));
    fillValues<domain::ClientKind>(m_kind);
    m_parentLabel->setText(tr("Parent's client n&umber:"));
    m_parentNumber->setAccessibleName(tr("Client number of the parent"));
    m_parentNumber->setPlaceholderText(tr("e.g. HKI-2026-0042"));
    m_birthLabel->setText(tr("Birth &date:"));
    m_birth->setAccessibleName(tr("Date of birth, or the year only"));
    m_birth->setPlaceholderText(tr("%1 or the year").arg(DateText::inputFormat()));
    m_genderLabel->setText(tr("&Gender:"));
    m_gender->setAccessibleName(tr("Gender"));
    fillValues<domain::Gender>(m_gender);
    m_citizenshipLabel->setText(tr("Citi&zenship:"));
    m_citizenship->setAccessibleName(tr("Citizenships as country codes"));
    m_citizenship->setPlaceholderText(tr("country codes, e.g. NG, FI"));
    m_languagesLabel->setText(tr("&Languages:"));
    m_languages->setAccessibleName(tr("Languages as language codes"));
    m_languages->setPlaceholderText(tr("language codes, e.g. en, tgl"));
    m_interpreter->setText(tr("An interpreter is n&eeded"));
    m_phoneLabel->setText(tr("&Phone:"));
    m_phone->setAccessibleName(tr("Phone number"));
    m_municipalityLabel->setText(tr("&Municipality of residence:"));
    m_municipality->setAccessibleName(tr("Municipality of residence"));
    m_municipality->setPlaceholderText(tr("empty if none"));
    m_residenceLabel->setText(tr("Residence &status:"));
    m_residence->setAccessibleName(tr("Residence status"));
    fillValues<domain::ResidenceStatus>(m_residence);
    m_officeLabel->setText(tr("&Office:"));
    m_office->setAccessibleName(tr("Office that takes the case"));
    fillValues<domain::Office>(m_office);
    m_workerLabel->setText(tr("&Worker:"));
    m_worker->setAccessibleName(tr("Worker assigned to the case"));
    fillWorkers();
    updateParent();
}

} // namespace majakka::ui
