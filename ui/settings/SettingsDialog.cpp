#include "ui/settings/SettingsDialog.h"

#include "ui/app/LanguageManager.h"
#include "ui/common/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace majakka::ui {

SettingsDialog::SettingsDialog(int autoLockMinutes,
                               const QString& language,
                               bool mayChangeAutoLock,
                               QWidget* parent)
    : QDialog(parent)
    , m_autoLockLabel(new QLabel(this))
    , m_autoLock(new QSpinBox(this))
    , m_autoLockNote(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_autoLock->setObjectName(QStringLiteral("autoLockSpinBox"));
    m_autoLock->setRange(MinimumAutoLockMinutes, MaximumAutoLockMinutes);
    m_autoLock->setValue(autoLockMinutes);
    m_autoLockLabel->setBuddy(m_autoLock);
    // A security setting of the whole database: shown to everyone, changed by administrators.
    m_autoLock->setEnabled(mayChangeAutoLock);
    m_autoLockNote->setObjectName(QStringLiteral("autoLockNote"));
    m_autoLockNote->setWordWrap(true);
    m_autoLockNote->setVisible(!mayChangeAutoLock);

    m_language->setObjectName(QStringLiteral("languageComboBox"));
    // Each language is named in itself, so that someone who cannot read the
    // current one still finds their own.
    for (const LanguageManager::Language& available : LanguageManager::availableLanguages()) {
        m_language->addItem(available.nativeName, available.code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    m_languageLabel->setBuddy(m_language);
    m_languageNote->setWordWrap(true);

    m_error->setObjectName(QStringLiteral("errorLabel"));

    auto* form = new QFormLayout;
    form->addRow(m_autoLockLabel, m_autoLock);
    form->addRow(QString(), m_autoLockNote);
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageNote);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::saveRequested);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    retranslateUi();
}

int SettingsDialog::autoLockMinutes() const
{
    return m_autoLock->value();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::showError(const QString& message)
{
    m_error->showMessage(message);
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_autoLockLabel->setText(tr("&Lock after idle time:"));
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setAccessibleName(tr("Minutes without use before Majakka locks itself"));
    m_autoLock->setToolTip(tr("Majakka locks itself when the keyboard and mouse have not been used for "
                              "this many minutes. This setting is kept in the database."));
    m_autoLockNote->setText(tr("Only an administrator can change the lock time of this database."));
    m_languageLabel->setText(tr("L&anguage:"));
    m_language->setAccessibleName(tr("Language"));
    m_languageNote->setText(tr("The language is kept on this computer only."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
}

} // namespace majakka::ui
