#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "statistics/Period.h"
#include "statistics/ReleasedReport.h"
#endif

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>

namespace majakka {
class Session;
}

namespace majakka::ui {

// One computation of the anonymised report (StatisticsExport::prepareReport)
// on a worker thread, with progress and Cancel, so that the window stays
// responsive and a lock is never held up. The worker uses the session's
// connection: SQLCipher is built serialized (THREADSAFE=1), so its calls are
// safe from two threads, and the statistics screen is modal, so nothing else
// writes meanwhile. Whoever owns the session calls cancel() and wait() before
// it goes (the destructor does both).
class StatisticsRun : public QObject
{
    Q_OBJECT

public:
    explicit StatisticsRun(QObject* parent = nullptr);
    ~StatisticsRun() override;

    // Cancels a run still going on, then starts this one.
    void start(Session& session, const statistics::Period& period, int threshold);
    void cancel();
    // Returns once no worker uses the session any more.
    void wait();
    // From start() until one of the signals below has been sent.
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressChanged(int percent);
    void finished(std::shared_ptr<const statistics::ReleasedReport> report);
    void failed(const QString& message);
    void cancelled();

private:
    struct Outcome;
    void collect();

    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    bool m_running = false;
};

} // namespace majakka::ui
