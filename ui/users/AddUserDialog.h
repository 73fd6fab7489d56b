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

class BusyIndicator;
class ErrorLabel;
class PassphraseStrengthHint;

// A new user: name, role, office and the passphrase they first sign in with
// (twice). Add stays disabled until the input is acceptable; the page adds the
// user on the worker (stretching the passphrase takes a second) and closes
// the dialog, or shows the core's refusal beside the field it names.
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(QWidget* parent = nullptr);

    QString userName() const;
    domain::Role role() const;
    std::optional<domain::Office> office() const;
    QString passphrase() const;

    void setBusy(bool busy);
    void showError(const Error& error);

Q_SIGNALS:
    void addRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();

    QLabel* m_nameLabel;
    QLineEdit* m_name;
    ErrorLabel* m_nameError;
    QLabel* m_roleLabel;
    QComboBox* m_role;
    QLabel* m_officeLabel;
    QComboBox* m_office;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    PassphraseStrengthHint* m_strength;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeat;
    ErrorLabel* m_mismatch;
    ErrorLabel* m_error;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
    bool m_working = false;
};

} // namespace majakka::ui
