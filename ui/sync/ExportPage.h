#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "sync/SyncExport.h"
#include "sync/TrustedDevices.h"
#endif

#include <QDate>
#include <QWidget>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace majakka::ui {

class ErrorLabel;

// Sending changes: which trusted device, whose cases (as far as its enrolment
// allows), and the file to write. It only collects the choice; whoever shows
// it runs the export on exportRequested() and reports back.
class ExportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ExportPage(QWidget* parent = nullptr);

    // The devices to offer (revoked ones are left out) and where to suggest the file.
    void setDevices(const std::vector<sync::TrustedDevice>& devices, const QString& folder, QDate today);
    std::string deviceId() const;
    QString deviceName() const;
    // Empty: as the device is enrolled.
    std::optional<sync::ScopeChoice> scopeChoice() const;
    QString path() const;
    void setPath(const QString& path);

    // "to-<device>-<date>.majakka-sync", with what a file name cannot hold replaced.
    static QString suggestedFileName(const QString& deviceName, QDate date);

    void showError(const QString& message);
    void showResult(const QString& message);
    void setBusy(bool busy);

    QComboBox* deviceBox() const { return m_device; }
    QComboBox* scopeBox() const { return m_scope; }
    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* resultLabel() const { return m_result; }
    ErrorLabel* errorLabel() const { return m_error; }

Q_SIGNALS:
    void exportRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void deviceChanged();
    void fillScopes();
    void browse();
    void updateButton();
    const sync::TrustedDevice* currentDevice() const;

    std::vector<sync::TrustedDevice> m_devices;
    QString m_folder;
    QDate m_today;
    bool m_pathEdited = false;
    QLabel* m_intro;
    QLabel* m_deviceLabel;
    QComboBox* m_device;
    QLabel* m_scopeLabel;
    QComboBox* m_scope;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_noDevices;
    ErrorLabel* m_error;
    QLabel* m_result;
    QPushButton* m_export;
};

} // namespace majakka::ui
