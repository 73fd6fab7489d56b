#pragma once

#include <QObject>
#include <QPointer>

namespace majakka {
class Session;
}

namespace majakka::ui {

class DevicesDialog;
class EnrolDeviceDialog;
class MainWindow;

// Sync → Devices for administrators: shows this device and the trusted ones,
// writes this device's identity file, enrols and revokes devices through the
// core (SyncService), and shows the core's answers in the dialogs.
class DeviceAdministration : public QObject
{
    Q_OBJECT

public:
    explicit DeviceAdministration(MainWindow& window, QObject* parent = nullptr);

    void setSession(Session* session);
    void open();
    // Writes this device's identity file to PATH (never over a file); false and a message when it could not.
    bool exportIdentity(const QString& path);

    DevicesDialog* dialog() const;
    EnrolDeviceDialog* enrolDialog() const;

private:
    void refresh();
    void openEnrol();
    void enrol();
    void revoke(const QString& deviceId);

    MainWindow& m_window;
    Session* m_session = nullptr;
    QPointer<DevicesDialog> m_dialog;
    QPointer<EnrolDeviceDialog> m_enrol;
};

} // namespace majakka::ui
