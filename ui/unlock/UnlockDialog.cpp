#include "ui/unlock/UnlockDialog.h"

#include "session/Session.h"
#include "ui/common/BusyIndicator.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/FileDialogTraces.h"
#include "ui/common/PathLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace majakka::ui {

UnlockDialog::UnlockDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_opener(new SessionOpener(this))
{
    buildUi();
    setDatabasePath(databasePath);
    retranslateUi();
    m_nameEdit->setFocus();

    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &UnlockDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::startUnlocking);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_createButton, &QPushButton::clicked, this, &UnlockDialog::createRequested);
    connect(m_openButton, &QPushButton::clicked, this, &UnlockDialog::chooseAnotherDatabase);
    connect(m_opener, &SessionOpener::succeeded, this, [this] {
        setBusy(false);
        m_passphraseEdit->clear();
        Q_EMIT sessionOpened();
    });
    connect(m_opener, &SessionOpener::failed, this, &UnlockDialog::showFailure);
}

void UnlockDialog::buildUi()
{
    setObjectName(QStringLiteral("unlockDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_pathLabel = new QLabel(this);
    m_path = new PathLabel(this);
    m_path->setObjectName(QStringLiteral("databasePathLabel"));
    m_nameLabel = new QLabel(this);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("userNameEdit"));
    m_passphraseLabel = new QLabel(this);
    m_passphraseEdit = new QLineEdit(this);
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_busy = new BusyIndicator(this);
    m_busy->hide();

    m_pathLabel->setBuddy(m_path);
    m_nameLabel->setBuddy(m_nameEdit);
    m_passphraseLabel->setBuddy(m_passphraseEdit);

    m_createButton = new QPushButton(this);
    m_createButton->setObjectName(QStringLiteral("createNewButton"));
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openAnotherButton"));
    m_buttons = new QDialogButtonBox(this);
    m_unlockButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    m_quitButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_quitButton->setObjectName(QStringLiteral("quitButton"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_pathLabel, m_path);
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(m_passphraseLabel, m_passphraseEdit);

    auto* otherDatabase = new QHBoxLayout;
    otherDatabase->addWidget(m_openButton);
    otherDatabase->addWidget(m_createButton);
    otherDatabase->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    layout->addSpacing(8);
    layout->addLayout(otherDatabase);
    setMinimumWidth(560);
}

void UnlockDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void UnlockDialog::retranslateUi()
{
    setWindowTitle(tr("Unlock Majakka"));
    m_intro->setText(tr("Majakka is locked. Enter your user name and passphrase to open the database."));
    m_pathLabel->setText(tr("Database:"));
    m_path->setAccessibleName(tr("Database location"));
    m_nameLabel->setText(tr("User &name:"));
    m_nameEdit->setAccessibleName(tr("User name"));
    m_nameEdit->setPlaceholderText(tr("May be left empty if you are the only user"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_unlockButton->setText(tr("&Unlock"));
    m_quitButton->setText(tr("&Quit"));
    m_createButton->setText(tr("&Create a new database…"));
    m_openButton->setText(tr("&Open another database…"));
    m_busy->setText(tr("Opening the database…"));
    updateState();
}

QString UnlockDialog::databasePath() const
{
    return m_path->path();
}

void UnlockDialog::setDatabasePath(const QString& path)
{
    m_path->setPath(path);
}

void UnlockDialog::setUserName(const QString& name)
{
    m_nameEdit->setText(name);
    if (!name.isEmpty()) {
        m_passphraseEdit->setFocus();
    }
}

bool UnlockDialog::isBusy() const
{
    return m_opener->isBusy();
}

QString UnlockDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

std::unique_ptr<Session> UnlockDialog::takeSession()
{
    return m_opener->takeSession();
}

void UnlockDialog::updateState()
{
    m_unlockButton->setEnabled(!isBusy() && !m_passphraseEdit->text().isEmpty());
}

void UnlockDialog::startUnlocking()
{
    if (isBusy() || m_passphraseEdit->text().isEmpty()) {
        return;
    }
    m_error->hide();
    m_opener->unlock(databasePath(), m_nameEdit->text(), m_passphraseEdit->text());
    setBusy(true);
}

void UnlockDialog::chooseAnotherDatabase()
{
    const FileDialogTraces traces;
    const QString chosen = QFileDialog::getOpenFileName(this,
                                                        tr("Open a Majakka database"),
                                                        QFileInfo(databasePath()).absolutePath(),
                                                        tr("Majakka databases (*.db);;All files (*)"));
    if (chosen.isEmpty()) {
        return;
    }
    setDatabasePath(chosen);
    m_error->hide();
    // A name remembered for the previous database says nothing about this one.
    m_nameEdit->clear();
    m_passphraseEdit->clear();
    m_nameEdit->setFocus();
}

void UnlockDialog::showFailure(const ErrorReport& report)
{
    setBusy(false);
    const bool needsName = report.code == ErrorCode::Usage && m_nameEdit->text().trimmed().isEmpty();
    m_error->showMessage(needsName ? tr("This database has more than one user. Enter your user name.")
                                   : report.fullText());
    m_passphraseEdit->clear();
    if (needsName) {
        m_nameEdit->setFocus();
    } else {
        m_passphraseEdit->setFocus();
    }
}

void UnlockDialog::setBusy(bool busy)
{
    for (QWidget* widget : {static_cast<QWidget*>(m_nameEdit),
                            static_cast<QWidget*>(m_passphraseEdit),
                            static_cast<QWidget*>(m_createButton),
                            static_cast<QWidget*>(m_openButton),
                            static_cast<QWidget*>(m_quitButton)}) {
        widget->setEnabled(!busy);
    }
    m_busy->setVisible(busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    updateState();
}

void UnlockDialog::reject()
{
    if (isBusy()) {
        return;
    }
    QDialog::reject();
}

} // namespace majakka::ui
