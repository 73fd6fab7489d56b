#include "ui/unlock/CreateDatabaseDialog.h"

#include "Error.h"
#include "domain/UserName.h"
#include "session/Session.h"
#include "ui/app/DatabaseLocation.h"
#include "ui/common/BusyIndicator.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/FileDialogTraces.h"
#include "ui/unlock/PassphraseStrengthHint.h"

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

namespace {
ErrorLabel* makeMessageLabel(QWidget* parent, const char* objectName)
{
    auto* label = new ErrorLabel(parent);
    label->setObjectName(QLatin1StringView(objectName));
    return label;
}

bool isValidUserName(const QString& name)
{
    try {
        domain::validateUserName(name.toStdString());
        return true;
    } catch (const Error&) {
        return false;
    }
}
QVBoxLayout* withMessage(QLayout* field, QLabel* message)
{
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addLayout(field);
    column->addWidget(message);
    return column;
}

QVBoxLayout* withMessage(QWidget* field, QLabel* message)
{
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(message);
    return column;
}
} // namespace

CreateDatabaseDialog::CreateDatabaseDialog(const QString& suggestedPath,
                                           SessionOpener::KdfProvider kdf,
                                           QWidget* parent)
    : QDialog(parent)
    , m_kdf(std::move(kdf))
    , m_opener(new SessionOpener(this))
{
    buildUi();
    m_pathEdit->setText(suggestedPath);
    retranslateUi();
    updateState();
    m_nameEdit->setFocus();

    connect(m_pathEdit, &QLineEdit::textChanged, this, &CreateDatabaseDialog::updateState);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &CreateDatabaseDialog::updateState);
    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &CreateDatabaseDialog::updateState);
    connect(m_repeatEdit, &QLineEdit::textChanged, this, &CreateDatabaseDialog::updateState);
    connect(m_browseButton, &QPushButton::clicked, this, &CreateDatabaseDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateDatabaseDialog::startCreating);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreateDatabaseDialog::reject);
    connect(m_opener, &SessionOpener::succeeded, this, [this] {
        setBusy(false);
        m_passphraseEdit->clear();
        m_repeatEdit->clear();
        Q_EMIT sessionOpened();
    });
    connect(m_opener, &SessionOpener::failed, this, &CreateDatabaseDialog::showFailure);
}

void CreateDatabaseDialog::buildUi()
{
    setObjectName(QStringLiteral("createDatabaseDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_pathLabel = new QLabel(this);
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("databasePathEdit"));
    m_browseButton = new QPushButton(this);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_pathProblem = makeMessageLabel(this, "pathProblemLabel");
    m_nameLabel = new QLabel(this);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("administratorNameEdit"));
    m_nameProblem = makeMessageLabel(this, "nameProblemLabel");
    m_passphraseLabel = new QLabel(this);
    m_passphraseEdit = new QLineEdit(this);
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_strengthHint = new PassphraseStrengthHint(this);
    m_strengthHint->setObjectName(QStringLiteral("strengthHint"));
    m_repeatLabel = new QLabel(this);
    m_repeatEdit = new QLineEdit(this);
    m_repeatEdit->setObjectName(QStringLiteral("repeatPassphraseEdit"));
    m_repeatEdit->setEchoMode(QLineEdit::Password);
    m_mismatch = makeMessageLabel(this, "mismatchLabel");
    m_error = makeMessageLabel(this, "errorLabel");
    m_busy = new BusyIndicator(this);
    m_busy->hide();

    m_pathLabel->setBuddy(m_pathEdit);
    m_nameLabel->setBuddy(m_nameEdit);
    m_passphraseLabel->setBuddy(m_passphraseEdit);
    m_repeatLabel->setBuddy(m_repeatEdit);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_createButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);

    // Each message sits under its own field and takes no room while hidden.
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_pathLabel, withMessage(pathRow, m_pathProblem));
    form->addRow(m_nameLabel, withMessage(m_nameEdit, m_nameProblem));
    form->addRow(m_passphraseLabel, withMessage(m_passphraseEdit, m_strengthHint));
    form->addRow(m_repeatLabel, withMessage(m_repeatEdit, m_mismatch));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(640);
}

void CreateDatabaseDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void CreateDatabaseDialog::retranslateUi()
{
    setWindowTitle(tr("Create a Majakka database"));
    m_intro->setText(tr("Majakka keeps its records in one encrypted database. Choose where to create it "
                        "and set the passphrase of its first user, the administrator. Nobody can open "
                        "the database without a passphrase."));
    m_pathLabel->setText(tr("&Location:"));
    m_pathEdit->setAccessibleName(tr("Database location"));
    m_browseButton->setText(tr("&Browse…"));
    m_browseButton->setAccessibleName(tr("Choose the database location"));
    m_nameLabel->setText(tr("Administrator &name:"));
    m_nameEdit->setAccessibleName(tr("Administrator name"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_repeatLabel->setText(tr("&Repeat passphrase:"));
    m_repeatEdit->setAccessibleName(tr("Repeat passphrase"));
    m_createButton->setText(tr("&Create"));
    m_busy->setText(tr("Creating the database…"));
    updateState();
}

void CreateDatabaseDialog::updateState()
{
    const QString path = m_pathEdit->text().trimmed();
    const bool pathFree = !path.isEmpty() && !databaseFilesExist(path);
    m_pathProblem->showMessage(
        path.isEmpty() || pathFree
            ? QString()
            : tr("A database already exists at this location. Choose another name, or open it instead."));

    const QString name = m_nameEdit->text();
    const bool nameValid = isValidUserName(name);
    m_nameProblem->showMessage(
        name.isEmpty() || nameValid
            ? QString()
            : tr("Use at most %1 characters, with no line breaks or other control characters.")
                  .arg(static_cast<int>(domain::MaximumUserNameLength)));

    const QString passphrase = m_passphraseEdit->text();
    m_strengthHint->setPassphrase(passphrase);
    const bool matching = passphrase == m_repeatEdit->text();
    m_mismatch->showMessage(matching || m_repeatEdit->text().isEmpty() ? QString()
                                                                       : tr("The passphrases do not match."));

    m_createButton->setEnabled(!isBusy() && pathFree && nameValid && m_strengthHint->isAcceptable()
                               && matching);
}

void CreateDatabaseDialog::browse()
{
    const FileDialogTraces traces;
    QString chosen = QFileDialog::getSaveFileName(this,
                                                  tr("Choose where to create the database"),
                                                  m_pathEdit->text(),
                                                  tr("Majakka databases (*.db);;All files (*)"),
                                                  nullptr,
                                                  QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty()) {
        return;
    }
    if (QFileInfo(chosen).suffix().isEmpty()) {
        chosen += QStringLiteral(".db");
    }
    m_pathEdit->setText(QDir::toNativeSeparators(chosen));
}

QString CreateDatabaseDialog::databasePath() const
{
    const QString typed = m_pathEdit->text().trimmed();
    return typed.isEmpty() ? QString() : QFileInfo(typed).absoluteFilePath();
}

bool CreateDatabaseDialog::isBusy() const
{
    return m_opener->isBusy();
}

std::unique_ptr<Session> CreateDatabaseDialog::takeSession()
{
    return m_opener->takeSession();
}

void CreateDatabaseDialog::startCreating()
{
    updateState();
    if (!m_createButton->isEnabled()) {
        return;
    }
    m_error->showMessage(QString());
    m_opener->create(databasePath(), m_nameEdit->text().trimmed(), m_passphraseEdit->text(), m_kdf);
    setBusy(true);
}

void CreateDatabaseDialog::showFailure(const ErrorReport& report)
{
    setBusy(false);
    m_error->showMessage(report.fullText());
    if (report.code == ErrorCode::Invalid) {
        m_nameEdit->setFocus();
    } else {
        m_pathEdit->setFocus();
    }
}

// While Argon2id runs the form is frozen: a second click would start a second
// creation, and Cancel cannot stop the worker halfway.
void CreateDatabaseDialog::setBusy(bool busy)
{
    for (QWidget* widget : {static_cast<QWidget*>(m_pathEdit),
                            static_cast<QWidget*>(m_browseButton),
                            static_cast<QWidget*>(m_nameEdit),
                            static_cast<QWidget*>(m_passphraseEdit),
                            static_cast<QWidget*>(m_repeatEdit)}) {
        widget->setEnabled(!busy);
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_busy->setVisible(busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    updateState();
}

void CreateDatabaseDialog::reject()
{
    if (isBusy()) {
        return;
    }
    QDialog::reject();
}

} // namespace majakka::ui
