#include "ui/users/AddUserDialog.h"

#include "domain/UserName.h"
#include "ui/common/BusyIndicator.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/ErrorText.h"
#include "ui/unlock/PassphraseStrengthHint.h"
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

namespace {
QWidget* withMessage(QWidget* field, QLabel* message, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(message);
    return box;
}
} // namespace

AddUserDialog::AddUserDialog(QWidget* parent)
    : QDialog(parent)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nameError(new ErrorLabel(this))
    , m_roleLabel(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_officeLabel(new QLabel(this))
    , m_office(new QComboBox(this))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_strength(new PassphraseStrengthHint(this))
    , m_repeatLabel(new QLabel(this))
    , m_repeat(new QLineEdit(this))
    , m_mismatch(new ErrorLabel(this))
    , m_error(new ErrorLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addUserDialog"));
    m_name->setObjectName(QStringLiteral("newUserNameEdit"));
    m_role->setObjectName(QStringLiteral("newUserRoleBox"));
    m_office->setObjectName(QStringLiteral("newUserOfficeBox"));
    m_passphrase->setObjectName(QStringLiteral("newUserPassphraseEdit"));
    m_repeat->setObjectName(QStringLiteral("newUserRepeatEdit"));
    m_error->setObjectName(QStringLiteral("addUserErrorLabel"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addUserButton"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_nameLabel->setBuddy(m_name);
    m_roleLabel->setBuddy(m_role);
    m_officeLabel->setBuddy(m_office);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_repeatLabel->setBuddy(m_repeat);
    m_busy->hide();

    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, withMessage(m_name, m_nameError, this));
    form->addRow(m_roleLabel, m_role);
    form->addRow(m_officeLabel, m_office);
    form->addRow(m_passphraseLabel, withMessage(m_passphrase, m_strength, this));
    form->addRow(m_repeatLabel, withMessage(m_repeat, m_mismatch, this));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_name, &QLineEdit::textChanged, this, &AddUserDialog::updateState);
    connect(m_passphrase, &QLineEdit::textChanged, this, &AddUserDialog::updateState);
    connect(m_repeat, &QLineEdit::textChanged, this, &AddUserDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
            m_error->showMessage(QString());
            Q_EMIT addRequested();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

QString AddUserDialog::userName() const
{
    return m_name->text().trimmed();
}

domain::Role AddUserDialog::role() const
{
    return chosenRole(m_role);
}

std::optional<domain::Office> AddUserDialog::office() const
{
    return chosenOffice(m_office);
}

QString AddUserDialog::passphrase() const
{
    return m_passphrase->text();
}

void AddUserDialog::setBusy(bool busy)
{
    m_working = busy;
    m_busy->setVisible(busy);
    for (QWidget* field :
         std::initializer_list<QWidget*> {m_name, m_role, m_office, m_passphrase, m_repeat}) {
        field->setEnabled(!busy);
    }
    updateState();
}

void AddUserDialog::showError(const Error& error)
{
    const QString text = ErrorText::describe(error).fullText();
    // The form checks the passphrase as it is typed; what the core still
    // refuses is the name (one already taken).
    if (error.code() == ErrorCode::Invalid) {
        m_nameError->showMessage(text);
        m_name->setFocus(Qt::OtherFocusReason);
    } else {
        m_error->showMessage(text);
    }
}

void AddUserDialog::updateState()
{
    const QString name = m_name->text().trimmed();
    bool nameValid = false;
    try {
        domain::validateUserName(name.toStdString());
        nameValid = true;
    } catch (const Error&) { }
    m_nameError->showMessage(
        name.isEmpty() || nameValid
            ? QString()
            : tr("Use at most %1 characters, with no line breaks or other control characters.")
                  .arg(static_cast<int>(domain::MaximumUserNameLength)));
    m_strength->setPassphrase(m_passphrase->text());
    const bool matching = m_passphrase->text() == m_repeat->text();
    m_mismatch->showMessage(matching || m_repeat->text().isEmpty() ? QString()
                                                                   : tr("The passphrases do not match."));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_working && nameValid && m_strength->isAcceptable() && matching);
}

void AddUserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AddUserDialog::retranslateUi()
{
    setWindowTitle(tr("Add user"));
    m_nameLabel->setText(tr("User &name:"));
    m_name->setAccessibleName(tr("User name"));
    m_roleLabel->setText(tr("&Role:"));
    m_role->setAccessibleName(tr("Role"));
    fillRoleChoices(m_role);
    m_officeLabel->setText(tr("&Office:"));
    m_office->setAccessibleName(tr("Office"));
    m_office->setToolTip(tr("An office worker sees the clients of this office."));
    fillOfficeChoices(m_office);
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphrase->setAccessibleName(tr("First passphrase"));
    m_passphrase->setAccessibleDescription(tr("Tell it to the user in person; they sign in with it."));
    m_repeatLabel->setText(tr("R&epeat passphrase:"));
    m_repeat->setAccessibleName(tr("Repeat passphrase"));
    m_busy->setText(tr("Adding the user…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    updateState();
}

} // namespace majakka::ui
