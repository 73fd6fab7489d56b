#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers.
#ifndef Q_MOC_RUN
#include "Error.h"
#include "domain/User.h"
#endif

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace majakka::ui {

class ErrorLabel;

// Changes one thing about a user: the name, the role or the office. One
// dialog per change, so that each is one unit of work in the core (nothing
// half-saved). The page writes it and closes the dialog, or shows the core's
// refusal here.
class UserFieldDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Field
    {
        Name,
        Role,
        Office
    };

    UserFieldDialog(Field field, const domain::User& user, QWidget* parent = nullptr);

    Field field() const { return m_field; }
    const domain::User& user() const { return m_user; }
    QString newName() const;
    domain::Role role() const;
    std::optional<domain::Office> office() const;
    void showError(const Error& error);

Q_SIGNALS:
    void saveRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();

    Field m_field;
    domain::User m_user;
    QLabel* m_label;
    QLineEdit* m_name = nullptr;
    QComboBox* m_choice = nullptr;
    ErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace majakka::ui
