#include "ui/sync/ExportPage.h"

#include "ui/common/ErrorLabel.h"
#include "ui/common/FileDialogTraces.h"
#include "ui/sync/DeviceText.h"

#include <QComboBox>
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
constexpr int AsEnrolled = -1;
const QString Extension = QStringLiteral(".majakka-sync");
} // namespace

ExportPage::ExportPage(QWidget* parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_deviceLabel(new QLabel(this))
    , m_device(new QComboBox(this))
    , m_scopeLabel(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_pathLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_noDevices(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_result(new QLabel(this))
    , m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("exportPage"));
    m_intro->setWordWrap(true);
    m_device->setObjectName(QStringLiteral("exportDeviceBox"));
    m_deviceLabel->setBuddy(m_device);
    m_scope->setObjectName(QStringLiteral("exportScopeBox"));
    m_scopeLabel->setBuddy(m_scope);
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_pathLabel->setBuddy(m_path);
    m_browse->setObjectName(QStringLiteral("exportBrowseButton"));
    m_noDevices->setObjectName(QStringLiteral("exportNoDevices"));
    m_noDevices->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_deviceLabel, m_device);
    form->addRow(m_scopeLabel, m_scope);
    form->addRow(m_pathLabel, pathRow);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_noDevices);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setTabOrder(m_device, m_scope);
    setTabOrder(m_scope, m_path);
    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_export);

    connect(m_device, &QComboBox::currentIndexChanged, this, &ExportPage::deviceChanged);
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_pathEdited = true;
        updateButton();
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportPage::browse);
    connect(m_export, &QPushButton::clicked, this, [this] {
        m_error->showMessage({});
        m_result->hide();
        if (QFileInfo::exists(path())) {
            showError(tr("A file with this name exists already. Majakka never writes over a file: choose "
                         "another name, or move the old file away first."));
            return;
        }
        Q_EMIT exportRequested();
    });
    retranslateUi();
}

QString ExportPage::suggestedFileName(const QString& deviceName, QDate date)
{
    return QStringLiteral("to-%1-%2%3")
        .arg(DeviceText::fileNamePart(deviceName), date.toString(Qt::ISODate), Extension);
}

void ExportPage::setDevices(const std::vector<sync::TrustedDevice>& devices,
                            const QString& folder,
                            QDate today)
{
    m_devices.clear();
    for (const sync::TrustedDevice& device : devices) {
        if (!device.isRevoked()) {
            m_devices.push_back(device);
        }
    }
    m_folder = folder;
    m_today = today;
    const QSignalBlocker blocker(m_device);
    m_device->clear();
    for (const sync::TrustedDevice& device : m_devices) {
        m_device->addItem(QString::fromStdString(device.identity.name),
                          QString::fromStdString(device.identity.deviceId.hex()));
    }
    m_noDevices->setVisible(m_devices.empty());
    deviceChanged();
}

const sync::TrustedDevice* ExportPage::currentDevice() const
{
    const int index = m_device->currentIndex();
    return index >= 0 && static_cast<std::size_t>(index) < m_devices.size()
        ? &m_devices[static_cast<std::size_t>(index)]
        : nullptr;
}

std::string ExportPage::deviceId() const
{
    const sync::TrustedDevice* device = currentDevice();
    return device ? device->identity.deviceId.hex() : std::string();
}

QString ExportPage::deviceName() const
{
    return m_device->currentText();
}

std::optional<sync::ScopeChoice> ExportPage::scopeChoice() const
{
    const int choice = m_scope->currentData().toInt();
    if (m_scope->currentIndex() < 0 || choice == AsEnrolled) {
        return std::nullopt;
    }
    return static_cast<sync::ScopeChoice>(choice);
}

QString ExportPage::path() const
{
    return m_path->text().trimmed();
}

void ExportPage::setPath(const QString& path)
{
    m_path->setText(path);
    m_pathEdited = true;
    updateButton();
}

void ExportPage::deviceChanged()
{
    fillScopes();
    if (!m_pathEdited) {
        const sync::TrustedDevice* device = currentDevice();
        m_path->setText(device ? QDir(m_folder).filePath(suggestedFileName(deviceName(), m_today))
                               : QString());
    }
    updateButton();
}

void ExportPage::fillScopes()
{
    m_scope->clear();
    const sync::TrustedDevice* device = currentDevice();
    if (!device) {
        return;
    }
    // The choices the core allows for this enrolment (SyncExport::effectiveScope).
    m_scope->addItem(tr("As enrolled: %1").arg(DeviceText::cases(device->worker, device->office)),
                     AsEnrolled);
    if (device->worker) {
        m_scope->addItem(tr("The cases assigned to %1").arg(QString::fromStdString(*device->worker)),
                         static_cast<int>(sync::ScopeChoice::Assigned));
    }
    if (device->office || device->worker) {
        m_scope->addItem(tr("The cases of its office"), static_cast<int>(sync::ScopeChoice::Office));
    }
    if (!device->office && !device->worker) {
        m_scope->addItem(tr("All cases"), static_cast<int>(sync::ScopeChoice::All));
    }
}

void ExportPage::browse()
{
    const FileDialogTraces traces;
    const QString chosen = QFileDialog::getSaveFileName(this,
                                                        tr("Save the sync package as"),
                                                        path(),
                                                        tr("Sync packages (*.majakka-sync)"),
                                                        nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty()) {
        setPath(chosen.endsWith(Extension) ? chosen : chosen + Extension);
    }
}

void ExportPage::updateButton()
{
    m_export->setEnabled(currentDevice() && !path().isEmpty());
}

void ExportPage::setBusy(bool busy)
{
    m_export->setEnabled(!busy && currentDevice() && !path().isEmpty());
}

void ExportPage::showError(const QString& message)
{
    m_result->hide();
    m_error->showMessage(message);
}

void ExportPage::showResult(const QString& message)
{
    m_error->showMessage({});
    m_result->setText(message);
    m_result->show();
    // The next export needs a name of its own.
    m_pathEdited = false;
}

void ExportPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ExportPage::retranslateUi()
{
    m_intro->setText(tr("Writes a signed, encrypted file of the changes the chosen device has not seen "
                        "yet. Only that device can open it. Carry it over on a USB stick or any other way "
                        "and import it there."));
    m_deviceLabel->setText(tr("&Device:"));
    m_device->setAccessibleName(tr("Device to send the changes to"));
    m_scopeLabel->setText(tr("C&ases:"));
    m_scope->setAccessibleName(tr("Whose cases to send"));
    m_pathLabel->setText(tr("&File:"));
    m_path->setAccessibleName(tr("File to write the sync package to"));
    m_browse->setText(tr("&Browse…"));
    m_noDevices->setText(tr("No device is trusted yet. An administrator enrols devices under Sync → "
                            "Devices."));
    m_export->setText(tr("&Export"));
    const int scope = m_scope->currentIndex();
    fillScopes();
    m_scope->setCurrentIndex(scope);
}

} // namespace majakka::ui
