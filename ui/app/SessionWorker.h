#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "Error.h"
#endif

#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace majakka {
class Session;
}

namespace majakka::ui {

// What a running job may ask: whether it should stop (Cancel, or a lock),
// and what it may tell: how far it has got, in percent.
class JobControl
{
public:
    bool stopRequested() const { return m_stop.load(); }
    void report(int percent) const
    {
        if (m_report) {
            m_report(percent);
        }
    }

private:
    friend class SessionWorker;
    std::atomic<bool> m_stop {false};
    std::function<void(int)> m_report;
};

// Runs the session's slower reads and long work on one worker thread, one
// job at a time, so that the window never waits for the database: the client
// list's pages, the home page, adding a user (Argon2id), a backup.
//
// The connection is shared with the UI thread, which still writes through it
// directly (a record's edits): store::Database lets the two in turn, a
// statement or a transaction at a time. Jobs therefore keep to short
// statements, and the window waits at most for one of them.
//
// A lock never waits for a job: retire() drops the waiting jobs and the
// results on their way, stops the running job (interrupting its statement)
// and destroys the session at once when the worker is idle, otherwise on the
// worker thread as soon as the job has stopped.
class SessionWorker : public QObject
{
    Q_OBJECT

public:
    template<typename Result> using Work = std::function<Result(Session&, const JobControl&)>;
    using Failure = std::function<void(const Error&)>;

    explicit SessionWorker(QObject* parent = nullptr);
    ~SessionWorker() override;

    // The session jobs work on, until retire(). Not owned.
    void setSession(Session* session);
    void retire(std::unique_ptr<Session> session);

    // Runs `work` on the worker thread; then `done` gets its result (or
    // `failed` the core's error) on the UI thread, unless `context` is gone or
    // the session was retired meanwhile. A waiting job of the same non-empty
    // `key` is dropped, and a running one asked to stop: of several filters
    // typed, only the newest needs an answer. A job that fails after it was
    // asked to stop says nothing: its failure is the stop.
    // `progress` gets what the job reports (JobControl::report), the same way.
    template<typename Result>
    void run(QObject* context,
             const QString& key,
             Work<Result> work,
             std::function<void(Result)> done,
             Failure failed = {},
             std::function<void(int)> progress = {});

    // Drops the waiting job of `key` (true: no answer will come), or asks the
    // running one to stop (false: it answers when it has).
    bool cancel(const QString& key);
    // Whether a job waits or runs; for tests and benchmarks.
    bool isBusy() const;

private:
    struct Job
    {
        QString key;
        std::function<void(Session&, JobControl&)> run;
    };

    void enqueue(const QString& key, std::function<void(Session&, JobControl&)> run);
    void loop();

    // Touched on the UI thread only: which session a result belongs to.
    quint64 m_generation = 0;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    Session* m_session = nullptr;
    std::vector<std::unique_ptr<Session>> m_retired;
    std::shared_ptr<JobControl> m_control; // the running job's
    QString m_runningKey;
    bool m_running = false;
    bool m_quit = false;
    std::thread m_thread;
};

template<typename Result>
void SessionWorker::run(QObject* context,
                        const QString& key,
                        Work<Result> work,
                        std::function<void(Result)> done,
                        Failure failed,
                        std::function<void(int)> progress)
{
    const quint64 generation = m_generation;
    enqueue(key,
            [this,
             generation,
             receiver = QPointer<QObject>(context),
             work = std::move(work),
             done = std::move(done),
             failed = std::move(failed),
             progress = std::move(progress)](Session& session, JobControl& control) {
                if (progress) {
                    control.m_report = [this, generation, receiver, progress](int percent) {
                        QMetaObject::invokeMethod(
                            this,
                            [this, generation, receiver, progress, percent] {
                                if (receiver && generation == m_generation) {
                                    progress(percent);
                                }
                            },
                            Qt::QueuedConnection);
                    };
                }
                std::optional<Result> result;
                std::optional<Error> error;
                try {
                    result.emplace(work(session, control));
                } catch (const Error& thrown) {
                    error = thrown;
                } catch (const std::exception& thrown) {
                    error = Error(ErrorCode::Internal, thrown.what());
                } catch (...) {
                    error = Error(ErrorCode::Internal, "an unexpected failure");
                }
                // Posted to the worker object, which lives on the UI thread and
                // outlives this thread; the receiver is checked there.
                if (error && control.stopRequested()) {
                    return;
                }
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, receiver, done, failed, result = std::move(result), error]() mutable {
                        if (!receiver || generation != m_generation) {
                            return;
                        }
                        if (result) {
                            if (done) {
                                done(std::move(*result));
                            }
                        } else if (error && failed) {
                            failed(*error);
                        }
                    },
                    Qt::QueuedConnection);
            });
}

} // namespace majakka::ui
