#pragma once

#include "ui/wizard/ClientWizardPage.h"

#ifndef Q_MOC_RUN
#include "casework/ClientService.h"
#include "domain/User.h"
#endif

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace majakka::ui {

class ErrorLabel;

// The person's details, last: what kind of client, born when, citizenship and
// languages, how to reach them, where they live, and which office and worker
// take the case. A caseworker's new client is their own; an office worker's
// belongs to their office.
class PersonPage : public ClientWizardPage
{
    Q_OBJECT

public:
    // Finds the client a child's parent is, by client number, among those the user may see.
    using ParentLookup = std::function<std::optional<ClientSummary>(const QString& number)>;

    PersonPage(const domain::User& user,
               const std::vector<domain::User>& users,
               ParentLookup findParent,
               QWidget* parent = nullptr);

    void fill(domain::ClientRecord& record) const override;

protected:
    bool checkInput() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillWorkers();
    void updateParent();
    std::optional<domain::PartialDate> birthDate() const;

    domain::User m_user;
    std::vector<std::string> m_workers;
    ParentLookup m_findParent;
    std::optional<ClientSummary> m_parent;
    QFormLayout* m_form;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_parentLabel;
    QLineEdit* m_parentNumber;
    ErrorLabel* m_parentError;
    QLabel* m_parentName;
    QLabel* m_birthLabel;
    QLineEdit* m_birth;
    ErrorLabel* m_birthError;
    QLabel* m_genderLabel;
    QComboBox* m_gender;
    QLabel* m_citizenshipLabel;
    QLineEdit* m_citizenship;
    QLabel* m_languagesLabel;
    QLineEdit* m_languages;
    QCheckBox* m_interpreter;
    QLabel* m_phoneLabel;
    QLineEdit* m_phone;
    QLabel* m_municipalityLabel;
    QLineEdit* m_municipality;
    QLabel* m_residenceLabel;
    QComboBox* m_residence;
    QLabel* m_officeLabel;
    QComboBox* m_office;
    QLabel* m_workerLabel;
    QComboBox* m_worker;
};

} // namespace majakka::ui
