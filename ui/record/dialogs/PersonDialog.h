#pragma once

#include "ui/record/dialogs/RecordDialog.h"

namespace majakka::ui {

// Who the client is: names, birth date, gender, identity code, citizenships,
// languages and whether an interpreter is needed. The identity code is checked
// as it is typed, its check character included, and against the birth date.
class PersonDialog : public RecordDialog
{
    Q_OBJECT

public:
    PersonDialog(const std::optional<domain::Person>& person,
                 const domain::ClientRecord& record,
                 QWidget* parent = nullptr);

    domain::Person value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    domain::Person m_original;
    QLineEdit* m_givenNames;
    QLineEdit* m_familyName;
    QLineEdit* m_aliases;
    QLineEdit* m_birthDate;
    QComboBox* m_gender;
    QLineEdit* m_personalId;
    QLineEdit* m_citizenships;
    QLineEdit* m_languages;
    QCheckBox* m_interpreter;
};

} // namespace majakka::ui
