#include "ui/sync/EnrolDeviceDialog.h"

#include "Error.h"
#include "domain/EnumNames.h"
#include "domain/PersonVocabulary.h"
#include "sync/PublicIdentity.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/FileDialogTraces.h"
#include "ui/common/VocabularyText.h"
#include "ui/sync/SyncErrorText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace majakka::ui {

namespace {
// An identity file is a few hundred bytes; anything much larger is not one.
constexpr qint64 MaxIdentityFile = 64 * 1024;
} // namespace

EnrolDeviceDialog::EnrolDeviceDialog(const std::vector<std::string>& users, QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_fileInfo(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_casesLabel(new QLabel(this))
    , m_cases(new QComboBox(this))
    , m_workerLabel(new QLabel(this))
    , m_worker(new QComboBox(this))
    , m_officeLabel(new QLabel(this))
    , m_office(new QComboBox(this))
    , m_fingerprintLabel(new QLabel(this))
    , m_fingerprint(new QLineEdit(this))
    , m_fingerprintNote(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("enrolDeviceDialog"));
    m_intro->setWordWrap(true);
    m_path->setObjectName(QStringLiteral("identityPathEdit"));
    m_pathLabel->setBuddy(m_path);
    m_browse->setObjectName(QStringLiteral("identityBrowseButton"));
    m_fileInfo->setObjectName(QStringLiteral("identityFileInfo"));
    m_fileInfo->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("deviceNameEdit"));
    m_nameLabel->setBuddy(m_name);
    m_cases->setObjectName(QStringLiteral("enrolCasesBox"));
    m_casesLabel->setBuddy(m_cases);
    m_cases->addItem(QString(), static_cast<int>(Cases::All));
    m_cases->addItem(QString(), static_cast<int>(Cases::Worker));
    m_cases->addItem(QString(), static_cast<int>(Cases::Office));
    m_worker->setObjectName(QStringLiteral("enrolWorkerBox"));
    m_workerLabel->setBuddy(m_worker);
    for (const std::string& user : users) {
        m_worker->addItem(QString::fromStdString(user), QString::fromStdString(user));
    }
    m_office->setObjectName(QStringLiteral("enrolOfficeBox"));
    m_officeLabel->setBuddy(m_office);
    for (const domain::Office office : domain::allValues<domain::Office>()) {
        m_office->addItem(VocabularyText::text(office), QString::fromUtf8(domain::nameOf(office).data()));
    }
    m_fingerprint->setObjectName(QStringLiteral("fingerprintEdit"));
    m_fingerprintLabel->setBuddy(m_fingerprint);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(font().pointSizeF() * 1.4);
    m_fingerprint->setFont(fixed);
    m_fingerprintNote->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("enrolError"));
    enrolButton()->setObjectName(QStringLiteral("enrolButton"));

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_pathLabel, pathRow);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_casesLabel, m_cases);
    form->addRow(m_workerLabel, m_worker);
    form->addRow(m_officeLabel, m_office);
    auto* fingerprintForm = new QFormLayout;
    fingerprintForm->addRow(m_fingerprintLabel, m_fingerprint);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    // Word-wrapped text outside the forms: a form row would give it the height
    // it needs at its narrowest.
    layout->addWidget(m_fileInfo);
    layout->addSpacing(8);
    layout->addWidget(m_fingerprintNote);
    layout->addLayout(fingerprintForm);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(600);

    connect(m_browse, &QPushButton::clicked, this, &EnrolDeviceDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (path() != m_loadedPath) {
            loadFile(path());
        }
    });
    connect(m_cases, &QComboBox::currentIndexChanged, this, &EnrolDeviceDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &EnrolDeviceDialog::updateState);
    connect(m_fingerprint, &QLineEdit::textChanged, this, &EnrolDeviceDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->showMessage({});
        Q_EMIT enrolRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnrolDeviceDialog::reject);
    retranslateUi();
    updateState();
}

QPushButton* EnrolDeviceDialog::enrolButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

bool EnrolDeviceDialog::loadFile(const QString& path)
{
    m_identity.clear();
    m_loadedPath = path;
    m_fileDeviceName.clear();
    m_fileInfo->clear();
    m_error->showMessage({});
    if (m_path->text() != path) {
        m_path->setText(path);
    }
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly) || file.size() > MaxIdentityFile) {
        if (!path.isEmpty()) {
            m_error->showMessage(tr("This file cannot be read as a device identity file. Check the name and "
                                    "the folder."));
        }
        updateState();
        return false;
    }
    const QByteArray bytes = file.readAll();
    try {
        const sync::PublicIdentity identity = sync::PublicIdentity::fromFile(bytes.toStdString());
        m_identity = bytes.toStdString();
        m_fileDeviceName = QString::fromStdString(identity.name);
        m_fileInfo->setText(tr("%1 describes the device “%2”, id %3.")
                                .arg(QFileInfo(path).fileName(),
                                     m_fileDeviceName,
                                     QString::fromStdString(identity.deviceId.hex())));
        if (m_name->text().isEmpty()) {
            m_name->setText(m_fileDeviceName);
        }
    } catch (const Error& error) {
        m_error->showMessage(SyncErrorText::describe(error, SyncErrorText::Work::Enrol).fullText());
    }
    updateState();
    return !m_identity.empty();
}

QString EnrolDeviceDialog::path() const
{
    return m_path->text().trimmed();
}

QString EnrolDeviceDialog::name() const
{
    return m_name->text().trimmed();
}

QString EnrolDeviceDialog::fingerprint() const
{
    return m_fingerprint->text();
}

std::optional<std::string> EnrolDeviceDialog::worker() const
{
    if (static_cast<Cases>(m_cases->currentData().toInt()) != Cases::Worker || m_worker->currentIndex() < 0) {
        return std::nullopt;
    }
    return m_worker->currentData().toString().toStdString();
}

std::optional<std::string> EnrolDeviceDialog::office() const
{
    if (static_cast<Cases>(m_cases->currentData().toInt()) != Cases::Office) {
        return std::nullopt;
    }
    return m_office->currentData().toString().toStdString();
}

void EnrolDeviceDialog::showError(const QString& message)
{
    m_error->showMessage(message);
}

void EnrolDeviceDialog::browse()
{
    const FileDialogTraces traces;
    const QString chosen
        = QFileDialog::getOpenFileName(this,
                                       tr("Open a device identity file"),
                                       path(),
                                       tr("Device identity files (*.majakka-device);;All files (*)"));
    if (!chosen.isEmpty()) {
        loadFile(chosen);
    }
}

void EnrolDeviceDialog::updateState()
{
    const auto cases = static_cast<Cases>(m_cases->currentData().toInt());
    m_worker->setEnabled(cases == Cases::Worker);
    m_office->setEnabled(cases == Cases::Office);
    enrolButton()->setEnabled(!m_identity.empty() && !name().isEmpty()
                              && !m_fingerprint->text().trimmed().isEmpty()
                              && (cases != Cases::Worker || m_worker->count() > 0));
}

void EnrolDeviceDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void EnrolDeviceDialog::retranslateUi()
{
    setWindowTitle(tr("Enrol a device"));
    m_intro->setText(tr("A device this database trusts can send it changes and receive the cases it is "
                        "enrolled for. Get the device's identity file from its owner (Sync → Devices → "
                        "Export identity file there) and call them."));
    m_pathLabel->setText(tr("Identity &file:"));
    m_path->setAccessibleName(tr("The device's identity file"));
    m_browse->setText(tr("&Browse…"));
    m_nameLabel->setText(tr("&Name here:"));
    m_name->setAccessibleName(tr("Name of the device on this database"));
    m_casesLabel->setText(tr("Cases it &receives:"));
    m_cases->setAccessibleName(tr("Whose cases the device receives"));
    m_cases->setItemText(0, tr("All cases (an office desktop)"));
    m_cases->setItemText(1, tr("The cases assigned to one worker (a laptop)"));
    m_cases->setItemText(2, tr("The cases of one office"));
    m_workerLabel->setText(tr("&Worker:"));
    m_worker->setAccessibleName(tr("Worker the device is for"));
    m_officeLabel->setText(tr("&Office:"));
    m_office->setAccessibleName(tr("Office the device is for"));
    for (int i = 0; i < m_office->count(); ++i) {
        m_office->setItemText(
            i, VocabularyText::textOfName<domain::Office>(m_office->itemData(i).toString().toStdString()));
    }
    m_fingerprintLabel->setText(tr("Fin&gerprint:"));
    m_fingerprint->setAccessibleName(tr("Fingerprint as the device's owner reads it out"));
    m_fingerprint->setPlaceholderText(tr("30 digits in six groups"));
    m_fingerprintNote->setText(
        tr("Ask the owner to read out the fingerprint their device shows (Sync → "
           "Devices, or majakka-cli device show) and type it here. Spaces do not "
           "matter. It is not taken from the file on purpose: only comparing it proves "
           "the file is theirs."));
    enrolButton()->setText(tr("&Enrol"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
}

} // namespace majakka::ui
