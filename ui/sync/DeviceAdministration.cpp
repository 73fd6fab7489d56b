#include "ui/sync/DeviceAdministration.h"

#include "Error.h"
#include "session/Session.h"
#include "session/UserAdministration.h"
#include "store/AtomicFile.h"
#include "sync/SyncService.h"
#include "ui/common/Paths.h"
#include "ui/main/MainWindow.h"
#include "ui/sync/DevicesDialog.h"
#include "ui/sync/EnrolDeviceDialog.h"
#include "ui/sync/SyncErrorText.h"

#include <QFileInfo>

namespace majakka::ui {

DeviceAdministration::DeviceAdministration(MainWindow& window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{ }

DevicesDialog* DeviceAdministration::dialog() const
{
    return m_dialog;
}

EnrolDeviceDialog* DeviceAdministration::enrolDialog() const
{
    return m_enrol;
}

void DeviceAdministration::setSession(Session* session)
{
    m_session = session;
    if (!session) {
        delete m_enrol.data();
        delete m_dialog.data();
    }
}

void DeviceAdministration::open()
{
    if (!m_session) {
        return;
    }
    // A dialog closed a moment ago waits for its deletion: make a new one.
    if (m_dialog && !m_dialog->isVisible()) {
        delete m_dialog.data();
    }
    if (!m_dialog) {
        m_dialog = new DevicesDialog(&m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_window.shareShortcutsWith(m_dialog);
        connect(
            m_dialog, &DevicesDialog::exportIdentityRequested, this, &DeviceAdministration::exportIdentity);
        connect(m_dialog, &DevicesDialog::enrolRequested, this, &DeviceAdministration::openEnrol);
        connect(m_dialog, &DevicesDialog::revokeRequested, this, &DeviceAdministration::revoke);
    }
    refresh();
    m_dialog->open();
}

void DeviceAdministration::refresh()
{
    if (!m_session || !m_dialog) {
        return;
    }
    try {
        sync::SyncService service(*m_session);
        m_dialog->showIdentity(service.identity());
        m_dialog->showDevices(service.devices());
    } catch (const Error& error) {
        m_dialog->showError(SyncErrorText::describe(error, SyncErrorText::Work::Devices).fullText());
    }
}

bool DeviceAdministration::exportIdentity(const QString& path)
{
    if (!m_session || !m_dialog) {
        return false;
    }
    if (QFileInfo::exists(path)) {
        m_dialog->showError(tr("A file with this name exists already. Majakka never writes over a file: "
                               "choose another name."));
        return false;
    }
    try {
        sync::SyncService service(*m_session);
        const std::string file = service.identityFile();
        store::writeFileAtomically(toPath(path), crypto::asBytes(file));
        m_dialog->showMessage(tr("Wrote %1. Give it to whoever enrols this device, and read them the "
                                 "fingerprint above.")
                                  .arg(QFileInfo(path).fileName()));
        return true;
    } catch (const Error& error) {
        m_dialog->showError(SyncErrorText::describe(error, SyncErrorText::Work::Devices).fullText());
        return false;
    }
}

void DeviceAdministration::openEnrol()
{
    if (!m_session || !m_dialog) {
        return;
    }
    std::vector<std::string> users;
    try {
        for (const domain::User& user : UserAdministration(*m_session).users()) {
            users.push_back(user.name);
        }
    } catch (const Error& error) {
        m_dialog->showError(SyncErrorText::describe(error, SyncErrorText::Work::Devices).fullText());
        return;
    }
    delete m_enrol.data();
    m_enrol = new EnrolDeviceDialog(users, m_dialog);
    m_enrol->setAttribute(Qt::WA_DeleteOnClose);
    m_window.shareShortcutsWith(m_enrol);
    connect(m_enrol, &EnrolDeviceDialog::enrolRequested, this, &DeviceAdministration::enrol);
    m_enrol->open();
}

void DeviceAdministration::enrol()
{
    EnrolDeviceDialog* dialog = m_enrol;
    if (!m_session || !dialog) {
        return;
    }
    try {
        const sync::TrustedDevice device = sync::SyncService(*m_session)
                                               .trust(dialog->identityFile(),
                                                      dialog->name().toStdString(),
                                                      dialog->fingerprint().toStdString(),
                                                      dialog->worker(),
                                                      dialog->office());
        dialog->accept();
        refresh();
        if (m_dialog) {
            m_dialog->showMessage(tr("Enrolled %1.").arg(QString::fromStdString(device.identity.name)));
        }
    } catch (const Error& error) {
        // The core checked the fingerprint and enrolled nothing; the dialog stays to try again.
        dialog->showError(SyncErrorText::describe(error, SyncErrorText::Work::Enrol).fullText());
    }
}

void DeviceAdministration::revoke(const QString& deviceId)
{
    if (!m_session || !m_dialog) {
        return;
    }
    try {
        const sync::TrustedDevice device = sync::SyncService(*m_session).revoke(deviceId.toStdString());
        refresh();
        m_dialog->showMessage(tr("Revoked %1: its packages are refused from now on.")
                                  .arg(QString::fromStdString(device.identity.name)));
    } catch (const Error& error) {
        m_dialog->showError(SyncErrorText::describe(error, SyncErrorText::Work::Devices).fullText());
    }
}

} // namespace majakka::ui
