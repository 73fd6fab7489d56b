#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "sync/PublicIdentity.h"
#include "sync/TrustedDevices.h"
#endif

#include <QDialog>
#include <QPointer>
#include <vector>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QMessageBox;
class QPushButton;
class QTableWidget;

namespace majakka::ui {

class ErrorLabel;

// Sync → Devices (administrators): this device's name, id and fingerprint,
// its identity file for others, and the devices this database trusts, with
// enrolling and revoking. It only shows and asks; whoever opened it does the
// work and gives it the devices again.
class DevicesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DevicesDialog(QWidget* parent = nullptr);

    void showIdentity(const sync::PublicIdentity& identity);
    void showDevices(const std::vector<sync::TrustedDevice>& devices);
    void showError(const QString& message);
    void showMessage(const QString& message);
    // The suggested name of this device's identity file.
    static QString identityFileName(const QString& deviceName);

    QLabel* fingerprintLabel() const { return m_fingerprint; }
    QTableWidget* deviceTable() const { return m_table; }
    QPushButton* enrolButton() const { return m_enrol; }
    QPushButton* revokeButton() const { return m_revoke; }
    QPushButton* exportIdentityButton() const { return m_exportIdentity; }
    QMessageBox* revokeQuestion() const;
    ErrorLabel* errorLabel() const { return m_error; }

Q_SIGNALS:
    void exportIdentityRequested(const QString& path);
    void enrolRequested();
    // After the administrator confirmed it.
    void revokeRequested(const QString& deviceId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chooseIdentityFile();
    void askRevoke();
    void updateButtons();

    std::vector<sync::TrustedDevice> m_devices;
    QString m_deviceName;
    QGroupBox* m_self;
    QLabel* m_nameLabel;
    QLabel* m_name;
    QLabel* m_idLabel;
    QLabel* m_id;
    QLabel* m_fingerprintLabel;
    QLabel* m_fingerprint;
    QLabel* m_fingerprintNote;
    QPushButton* m_exportIdentity;
    QGroupBox* m_trusted;
    QTableWidget* m_table;
    QPushButton* m_enrol;
    QPushButton* m_revoke;
    ErrorLabel* m_error;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QPointer<QMessageBox> m_question;
};

} // namespace majakka::ui
