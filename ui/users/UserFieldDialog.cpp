#include "ui/users/UserFieldDialog.h"

#include "domain/UserName.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/ErrorText.h"
#include "ui/users/UserChoices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace majakka::ui {

UserFieldDialog::UserFieldDialog(Field field, const domain::User& user, QWidget* parent)
    : QDialog(parent)
    , m_field(field)
    , m_user(user)
    , m_label(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("userFieldDialog"));
    m_error->setObjectName(QStringLiteral("userFieldErrorLabel"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("userFieldSaveButton"));
    QWidget* input = nullptr;
    if (field == Field::Name) {
        m_name = new QLineEdit(QString::fromStdString(user.name), this);
        m_name->setObjectName(QStringLiteral("userNameFieldEdit"));
        m_name->selectAll();
        connect(m_name, &QLineEdit::textChanged, this, &UserFieldDialog::updateState);
        input = m_name;
    } else {
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("userChoiceBox"));
        input = m_choice;
    }
    m_label->setBuddy(input);
    auto* form = new QFormLayout;
    form->addRow(m_label, input);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
            Q_EMIT saveRequested();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    if (m_field == Field::Role) {
        chooseRole(m_choice, user.role);
    } else if (m_field == Field::Office) {
        chooseOffice(m_choice, user.office);
    }
}

QString UserFieldDialog::newName() const
{
    return m_name ? m_name->text().trimmed() : QString::fromStdString(m_user.name);
}

domain::Role UserFieldDialog::role() const
{
    return m_field == Field::Role ? chosenRole(m_choice) : m_user.role;
}

std::optional<domain::Office> UserFieldDialog::office() const
{
    return m_field == Field::Office ? chosenOffice(m_choice) : m_user.office;
}

void UserFieldDialog::showError(const Error& error)
{
    m_error->showMessage(ErrorText::describe(error).fullText());
}

void UserFieldDialog::updateState()
{
    if (!m_name) {
        return;
    }
    bool valid = false;
    try {
        domain::validateUserName(newName().toStdString());
        valid = true;
    } catch (const Error&) { }
    m_error->showMessage(
        valid || newName().isEmpty()
            ? QString()
            : tr("Use at most %1 characters, with no line breaks or other control characters.")
                  .arg(static_cast<int>(domain::MaximumUserNameLength)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void UserFieldDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void UserFieldDialog::retranslateUi()
{
    const QString name = QString::fromStdString(m_user.name);
    switch (m_field) {
    case Field::Name:
        setWindowTitle(tr("Rename %1").arg(name));
        m_label->setText(tr("New &name:"));
        m_name->setAccessibleName(tr("New user name"));
        m_name->setAccessibleDescription(tr("They sign in with the new name and the same passphrase."));
        break;
    case Field::Role:
        setWindowTitle(tr("Role of %1").arg(name));
        m_label->setText(tr("&Role:"));
        m_choice->setAccessibleName(tr("Role"));
        m_choice->setAccessibleDescription(tr("The new role applies from their next sign-in."));
        fillRoleChoices(m_choice);
        break;
    case Field::Office:
        setWindowTitle(tr("Office of %1").arg(name));
        m_label->setText(tr("&Office:"));
        m_choice->setAccessibleName(tr("Office"));
        fillOfficeChoices(m_choice);
        break;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    updateState();
}

} // namespace majakka::ui
