#include "ui/sync/SyncRunner.h"

#include "session/Session.h"
#include "ui/sync/SyncProgressDialog.h"

#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace majakka::ui {

SyncRunner::SyncRunner(QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &SyncRunner::showProgress);
}

SyncRunner::~SyncRunner()
{
    cancelAndWait();
}

void SyncRunner::setSession(Session* session)
{
    cancelAndWait();
    m_session = session;
}

SyncProgressDialog* SyncRunner::progressDialog() const
{
    return m_dialog;
}

bool SyncRunner::isBusy() const
{
    return m_watcher != nullptr;
}

bool SyncRunner::start(const QString& text, Job job, Done done)
{
    if (isBusy() || !m_session) {
        return false;
    }
    m_progress = std::make_shared<SyncProgress>(m_hook);
    m_done = std::move(done);
    m_dialog = new SyncProgressDialog(m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setText(text);
    connect(m_dialog, &SyncProgressDialog::cancelRequested, this, [progress = m_progress] {
        progress->cancel();
    });
    // Shown at once, not after a delay: its modality is what keeps the rest
    // of the program away from the database.
    m_dialog->show();
    m_poll.start();

    m_watcher = std::make_unique<QFutureWatcher<SyncOutcome>>();
    connect(m_watcher.get(), &QFutureWatcher<SyncOutcome>::finished, this, &SyncRunner::finish);
    Session* session = m_session;
    m_watcher->setFuture(QtConcurrent::run([session, progress = m_progress, job = std::move(job)] {
        SyncOutcome outcome;
        // Translation happens on the UI thread; the worker only keeps what failed.
        try {
            sync::SyncService service(*session);
            job(service, *progress, outcome);
        } catch (const Cancelled&) {
            outcome = SyncOutcome {};
            outcome.cancelled = true;
        } catch (const Error& error) {
            outcome.error = error;
        } catch (const std::exception& error) {
            outcome.unexpected = error.what();
        } catch (...) {
            outcome.unexpected = std::string();
        }
        return outcome;
    }));
    Q_EMIT started();
    return true;
}

void SyncRunner::showProgress()
{
    if (m_dialog && m_progress) {
        m_dialog->setProgress(m_progress->done(), m_progress->total());
    }
}

void SyncRunner::finish()
{
    if (!m_watcher) {
        return;
    }
    SyncOutcome outcome = m_watcher->future().takeResult();
    m_watcher.reset();
    m_progress.reset();
    m_poll.stop();
    closeDialog();
    Done done = std::exchange(m_done, nullptr);
    Q_EMIT finished();
    if (done) {
        done(outcome);
    }
}

void SyncRunner::cancelAndWait()
{
    if (!m_watcher) {
        return;
    }
    m_progress->cancel();
    // The core looks at the request at its next step (every thousand operations
    // at most), so this is short; the worker rolls its transaction back.
    m_watcher->waitForFinished();
    m_watcher.reset();
    m_progress.reset();
    m_poll.stop();
    m_done = nullptr;
    closeDialog();
    Q_EMIT finished();
}

void SyncRunner::closeDialog()
{
    if (SyncProgressDialog* dialog = m_dialog.data()) {
        m_dialog.clear();
        dialog->hide();
        dialog->deleteLater();
    }
}

} // namespace majakka::ui
