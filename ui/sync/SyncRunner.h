#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "Error.h"
#include "sync/SyncService.h"
#endif
#include "ui/sync/SyncProgress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>
#include <string>

class QWidget;

namespace majakka {
class Session;
}

namespace majakka::ui {

class SyncProgressDialog;

// What one run of sync work ended with.
struct SyncOutcome
{
    std::optional<sync::ExportSummary> exported;
    std::optional<sync::ImportReport> imported;
    std::optional<Error> error;
    std::optional<std::string> unexpected; // what() of any other exception
    bool cancelled = false;

    bool succeeded() const { return !error && !unexpected && !cancelled; }
};

// Runs one export or import at a time on a worker thread, with a progress
// dialog and Cancel, like SessionOpener runs the unlock. The database
// connection is single-threaded: while the worker has the session, the
// progress dialog is application-modal, so no other window of the program can
// ask it for anything, and whoever shows data watches started()/finished().
// A lock must never wait for a person: cancelAndWait() stops the work at its
// next step (the core rolls back) and returns once the worker is done.
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<void(sync::SyncService&, Progress&, SyncOutcome&)>;
    using Done = std::function<void(const SyncOutcome&)>;

    explicit SyncRunner(QWidget* dialogParent, QObject* parent = nullptr);
    ~SyncRunner() override;

    // The session the work runs on; it must outlive the work (cancelAndWait first).
    void setSession(Session* session);
    bool isBusy() const;
    bool hasSession() const { return m_session != nullptr; }
    // Starts `job` unless work runs already or there is no session; `done` is
    // called on the UI thread afterwards, never after cancelAndWait().
    bool start(const QString& text, Job job, Done done);
    void cancelAndWait();

    SyncProgressDialog* progressDialog() const;
    // For tests: see SyncProgress::StepHook.
    void setStepHook(SyncProgress::StepHook hook) { m_hook = std::move(hook); }

Q_SIGNALS:
    void started();
    void finished();

private:
    void finish();
    void showProgress();
    void closeDialog();

    QWidget* m_dialogParent;
    Session* m_session = nullptr;
    std::unique_ptr<QFutureWatcher<SyncOutcome>> m_watcher;
    std::shared_ptr<SyncProgress> m_progress;
    QPointer<SyncProgressDialog> m_dialog;
    QTimer m_poll;
    Done m_done;
    SyncProgress::StepHook m_hook;
};

} // namespace majakka::ui
