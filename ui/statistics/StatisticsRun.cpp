#include "ui/statistics/StatisticsRun.h"

#include "Error.h"
#include "Progress.h"
#include "statistics/StatisticsExport.h"
#include "ui/common/ErrorText.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>

namespace majakka::ui {

// What the worker hands back: the report, or what went wrong, translated on the UI thread.
struct StatisticsRun::Outcome
{
    std::shared_ptr<const statistics::ReleasedReport> report;
    std::optional<Error> error;
    std::optional<std::string> unexpected;
    bool cancelled = false;
};

namespace {

// The core's progress, told to the promise; a cancel of the future stops the core.
class PromiseProgress : public Progress
{
public:
    template<typename T>
    explicit PromiseProgress(QPromise<T>& promise)
        : m_cancelled([&promise] { return promise.isCanceled(); })
        , m_report([&promise](int percent) { promise.setProgressValue(percent); })
    { }

    void step(std::size_t done, std::size_t total) override
    {
        m_report(total > 0 ? static_cast<int>(100 * done / total) : 0);
    }
    bool cancelRequested() const override { return m_cancelled(); }

private:
    std::function<bool()> m_cancelled;
    std::function<void(int)> m_report;
};

} // namespace

StatisticsRun::StatisticsRun(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &StatisticsRun::progressChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &StatisticsRun::collect);
}

StatisticsRun::~StatisticsRun()
{
    cancel();
    wait();
}

void StatisticsRun::cancel()
{
    m_watcher.cancel();
}

void StatisticsRun::wait()
{
    m_watcher.waitForFinished();
}

void StatisticsRun::start(Session& session, const statistics::Period& period, int threshold)
{
    cancel();
    wait();
    Session* used = &session;
    m_running = true;
    m_watcher.setFuture(
        QtConcurrent::run([used, period, threshold](QPromise<std::shared_ptr<Outcome>>& promise) {
            promise.setProgressRange(0, 100);
            auto outcome = std::make_shared<Outcome>();
            PromiseProgress progress(promise);
            try {
                outcome->report = std::make_shared<const statistics::ReleasedReport>(
                    statistics::StatisticsExport(*used).prepareReport(period, threshold, &progress));
            } catch (const Cancelled&) {
                outcome->cancelled = true;
            } catch (const Error& error) {
                outcome->error = error;
            } catch (const std::exception& error) {
                outcome->unexpected = error.what();
            }
            promise.addResult(outcome);
        }));
}

void StatisticsRun::collect()
{
    m_running = false;
    const QFuture<std::shared_ptr<Outcome>> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        Q_EMIT cancelled();
        return;
    }
    const std::shared_ptr<Outcome> outcome = future.result();
    if (outcome->cancelled) {
        Q_EMIT cancelled();
    } else if (outcome->error) {
        Q_EMIT failed(ErrorText::describe(*outcome->error).fullText());
    } else if (outcome->unexpected) {
        Q_EMIT failed(ErrorText::describeUnexpected(QString::fromStdString(*outcome->unexpected)).fullText());
    } else {
        Q_EMIT finished(outcome->report);
    }
}

} // namespace majakka::ui
