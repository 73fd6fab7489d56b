#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "sync/Conflicts.h"
#endif
#include "domain/Role.h"
#include "ui/sync/SyncDialog.h"
#include "ui/sync/SyncRunner.h"
#include "ui/sync/SyncedScreens.h"

#include <QObject>
#include <QPointer>
#include <vector>

class QAction;
class QMenu;

namespace majakka {
class Session;
}

namespace majakka::ui {

class ConflictsDialog;
class DeviceAdministration;
class ImportFlow;
class MainWindow;

// The Sync menu and what it opens: sending changes to a trusted device,
// receiving a package (preview, then import), the conflicts, and, for
// administrators, the devices. A child of the main window, which it finds
// its menu bar in; the controller gives it the session while unlocked and
// asks it to stop its work before a lock.
//
// Role rules (as the core's): supervisors neither export, import nor resolve;
// only administrators see Devices.
class SyncActions : public QObject
{
    Q_OBJECT

public:
    explicit SyncActions(MainWindow& window);
    ~SyncActions() override;

    // Null on lock: running work is cancelled and waited for first.
    void setSession(Session* session);
    // Cancels running work and waits until the worker has rolled back.
    void stopWork();

    void showSyncDialog(SyncDialog::Tab tab);
    // Starts the import preview of FILE (from the command line, another
    // program, or the sync dialog).
    void previewImport(const QString& file);
    void showConflicts(const QString& conflictId = {});
    void showDevices();

    // For the panel beside a record: its conflicts, and resolving one.
    std::vector<sync::Conflict> conflictsOf(const QString& clientId);
    bool mayResolve() const;
    void resolve(const QString& conflictId, bool local);
    void resolveWith(const QString& conflictId, const QString& headId);

    // The SyncActions of the window `widget` is in, if it has one.
    static SyncActions* of(const QWidget* widget);

    QMenu* menu() const { return m_menu; }
    QAction* exportAction() const { return m_export; }
    QAction* importAction() const { return m_import; }
    QAction* conflictsAction() const { return m_conflicts; }
    QAction* devicesAction() const { return m_devices; }
    SyncRunner& runner() { return m_runner; }
    SyncDialog* syncDialog() const;
    ImportFlow& importFlow() { return *m_importFlow; }
    ConflictsDialog* conflictsDialog() const;
    DeviceAdministration& devices() { return *m_deviceAdministration; }

Q_SIGNALS:
    void conflictsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void updateActions();
    void runExport();
    void reloadConflicts(const std::string& select = {});
    bool resolveThrough(const std::function<void(sync::SyncService&)>& resolve, const QString& conflictId);

    MainWindow& m_window;
    Session* m_session = nullptr;
    domain::Role m_role = domain::Role::Caseworker;
    SyncRunner m_runner;
    SyncedScreens m_screens;
    ImportFlow* m_importFlow;
    DeviceAdministration* m_deviceAdministration;
    QPointer<SyncDialog> m_syncDialog;
    QPointer<ConflictsDialog> m_conflictsDialog;
    QMenu* m_menu;
    QAction* m_export;
    QAction* m_import;
    QAction* m_conflicts;
    QAction* m_devices;
};

} // namespace majakka::ui
