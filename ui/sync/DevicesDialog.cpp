#include "ui/sync/DevicesDialog.h"

#include "ui/common/DateText.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/FileDialogTraces.h"
#include "ui/sync/DeviceText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace majakka::ui {

namespace {

enum Column
{
    NameColumn,
    CasesColumn,
    FingerprintColumn,
    TrustedColumn,
    RevokedColumn,
    ColumnCount
};

QFont fingerprintFont(const QFont& base, double scale)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(base.pointSizeF() * scale);
    return font;
}

} // namespace

DevicesDialog::DevicesDialog(QWidget* parent)
    : QDialog(parent)
    , m_self(new QGroupBox(this))
    , m_nameLabel(new QLabel(m_self))
    , m_name(new QLabel(m_self))
    , m_idLabel(new QLabel(m_self))
    , m_id(new QLabel(m_self))
    , m_fingerprintLabel(new QLabel(m_self))
    , m_fingerprint(new QLabel(m_self))
    , m_fingerprintNote(new QLabel(m_self))
    , m_exportIdentity(new QPushButton(m_self))
    , m_trusted(new QGroupBox(this))
    , m_table(new QTableWidget(0, ColumnCount, m_trusted))
    , m_enrol(new QPushButton(m_trusted))
    , m_revoke(new QPushButton(m_trusted))
    , m_error(new ErrorLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("devicesDialog"));
    m_name->setObjectName(QStringLiteral("deviceNameLabel"));
    m_id->setObjectName(QStringLiteral("deviceIdLabel"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    m_fingerprint->setFont(fingerprintFont(font(), 1.8));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprintNote->setWordWrap(true);
    m_exportIdentity->setObjectName(QStringLiteral("exportIdentityButton"));
    m_table->setObjectName(QStringLiteral("trustedDevicesTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_enrol->setObjectName(QStringLiteral("enrolDeviceButton"));
    m_revoke->setObjectName(QStringLiteral("revokeDeviceButton"));
    m_error->setObjectName(QStringLiteral("devicesError"));
    m_message->setObjectName(QStringLiteral("devicesMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* selfForm = new QFormLayout;
    selfForm->addRow(m_nameLabel, m_name);
    selfForm->addRow(m_idLabel, m_id);
    selfForm->addRow(m_fingerprintLabel, m_fingerprint);
    auto* selfButtons = new QHBoxLayout;
    selfButtons->addWidget(m_fingerprintNote, 1);
    selfButtons->addWidget(m_exportIdentity, 0, Qt::AlignBottom);
    auto* selfLayout = new QVBoxLayout(m_self);
    selfLayout->addLayout(selfForm);
    selfLayout->addLayout(selfButtons);

    auto* trustedButtons = new QHBoxLayout;
    trustedButtons->addWidget(m_enrol);
    trustedButtons->addWidget(m_revoke);
    trustedButtons->addStretch(1);
    auto* trustedLayout = new QVBoxLayout(m_trusted);
    trustedLayout->addWidget(m_table, 1);
    trustedLayout->addLayout(trustedButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_self);
    layout->addWidget(m_trusted, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(860, 560);

    connect(m_exportIdentity, &QPushButton::clicked, this, &DevicesDialog::chooseIdentityFile);
    connect(m_enrol, &QPushButton::clicked, this, &DevicesDialog::enrolRequested);
    connect(m_revoke, &QPushButton::clicked, this, &DevicesDialog::askRevoke);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DevicesDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DevicesDialog::reject);
    retranslateUi();
    updateButtons();
}

QMessageBox* DevicesDialog::revokeQuestion() const
{
    return m_question;
}

QString DevicesDialog::identityFileName(const QString& deviceName)
{
    return DeviceText::fileNamePart(deviceName) + QStringLiteral(".majakka-device");
}

void DevicesDialog::showIdentity(const sync::PublicIdentity& identity)
{
    m_deviceName = QString::fromStdString(identity.name);
    m_name->setText(m_deviceName);
    m_id->setText(QString::fromStdString(identity.deviceId.hex()));
    m_fingerprint->setText(DeviceText::fingerprintLines(identity.fingerprint()));
    m_fingerprint->setAccessibleDescription(QString::fromStdString(identity.fingerprint()));
}

void DevicesDialog::showDevices(const std::vector<sync::TrustedDevice>& devices)
{
    m_devices = devices;
    m_table->setRowCount(static_cast<int>(devices.size()));
    const QFont fixed = fingerprintFont(font(), 1.0);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const sync::TrustedDevice& device = m_devices[static_cast<std::size_t>(row)];
        const auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, QString::fromStdString(device.identity.deviceId.hex()));
            m_table->setItem(row, column, item);
            return item;
        };
        set(NameColumn, QString::fromStdString(device.identity.name))
            ->setToolTip(QString::fromStdString(device.identity.deviceId.hex()));
        set(CasesColumn, DeviceText::cases(device.worker, device.office));
        set(FingerprintColumn, QString::fromStdString(device.identity.fingerprint()))->setFont(fixed);
        set(TrustedColumn,
            tr("%1 by %2")
                .arg(DateText::formatMoment(QString::fromStdString(device.trustedAt)),
                     QString::fromStdString(device.trustedBy)));
        set(RevokedColumn,
            device.revokedAt
                ? tr("Revoked %1").arg(DateText::formatMoment(QString::fromStdString(*device.revokedAt)))
                : tr("Trusted"));
    }
    updateButtons();
}

void DevicesDialog::showError(const QString& message)
{
    m_message->hide();
    m_error->showMessage(message);
}

void DevicesDialog::showMessage(const QString& message)
{
    m_error->showMessage({});
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void DevicesDialog::chooseIdentityFile()
{
    const FileDialogTraces traces;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString chosen = QFileDialog::getSaveFileName(this,
                                                        tr("Save this device's identity file as"),
                                                        QDir(folder).filePath(identityFileName(m_deviceName)),
                                                        tr("Device identity files (*.majakka-device)"),
                                                        nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty()) {
        Q_EMIT exportIdentityRequested(chosen);
    }
}

void DevicesDialog::askRevoke()
{
    const int row = m_table->currentRow();
    if (row < 0 || static_cast<std::size_t>(row) >= m_devices.size()) {
        return;
    }
    const sync::TrustedDevice& device = m_devices[static_cast<std::size_t>(row)];
    const QString id = QString::fromStdString(device.identity.deviceId.hex());
    delete m_question.data();
    m_question = new QMessageBox(QMessageBox::Warning,
                                 tr("Revoke a device"),
                                 tr("Revoke %1? Packages from it are refused from now on and nothing is "
                                    "exported to it. This cannot be undone: to work with it again, it needs "
                                    "a new database and enrolling anew.")
                                     .arg(QString::fromStdString(device.identity.name)),
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 this);
    m_question->setObjectName(QStringLiteral("revokeQuestion"));
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    m_question->button(QMessageBox::Yes)->setText(tr("&Revoke"));
    m_question->button(QMessageBox::Cancel)->setText(tr("&Cancel"));
    m_question->setDefaultButton(QMessageBox::Cancel);
    connect(m_question, &QMessageBox::finished, this, [this, id](int answer) {
        if (answer == QMessageBox::Yes) {
            Q_EMIT revokeRequested(id);
        }
    });
    m_question->open();
}

void DevicesDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && static_cast<std::size_t>(row) < m_devices.size();
    m_revoke->setEnabled(selected && !m_devices[static_cast<std::size_t>(row)].isRevoked());
}

void DevicesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void DevicesDialog::retranslateUi()
{
    setWindowTitle(tr("Devices"));
    m_self->setTitle(tr("This device"));
    m_nameLabel->setText(tr("Name:"));
    m_idLabel->setText(tr("Id:"));
    m_fingerprintLabel->setText(tr("Fingerprint:"));
    m_fingerprint->setAccessibleName(tr("Fingerprint of this device"));
    m_fingerprintNote->setText(
        tr("Whoever enrols this device elsewhere types this fingerprint as you read it "
           "out, group by group. Give them the identity file too: it holds the name, "
           "the id and the public keys, nothing secret."));
    m_exportIdentity->setText(tr("&Export identity file…"));
    m_trusted->setTitle(tr("Trusted devices"));
    m_table->setHorizontalHeaderLabels(
        {tr("Device"), tr("Cases it receives"), tr("Fingerprint"), tr("Enrolled"), tr("State")});
    m_table->setAccessibleName(tr("Trusted devices"));
    m_enrol->setText(tr("E&nrol a device…"));
    m_revoke->setText(tr("&Revoke…"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    if (!m_devices.empty()) {
        showDevices(std::vector<sync::TrustedDevice>(m_devices));
    }
}

} // namespace majakka::ui
