#include "ui/app/SessionWorker.h"

#include "session/Session.h"

#include <algorithm>

namespace majakka::ui {

SessionWorker::SessionWorker(QObject* parent)
    : QObject(parent)
    , m_thread([this] { loop(); })
{ }

SessionWorker::~SessionWorker()
{
    {
        const std::lock_guard lock(m_mutex);
        m_quit = true;
        m_queue.clear();
        if (m_control) {
            m_control->m_stop = true;
            if (m_session) {
                m_session->database().interrupt();
            }
        }
    }
    m_wake.notify_all();
    m_thread.join();
}

void SessionWorker::setSession(Session* session)
{
    ++m_generation;
    {
        const std::lock_guard lock(m_mutex);
        m_queue.clear();
        m_session = session;
    }
    m_wake.notify_all();
}

void SessionWorker::retire(std::unique_ptr<Session> session)
{
    ++m_generation;
    std::unique_ptr<Session> now;
    {
        const std::lock_guard lock(m_mutex);
        m_queue.clear();
        m_session = nullptr;
        if (m_running) {
            m_control->m_stop = true;
            if (session) {
                // The worker destroys it only after taking this mutex, so the
                // database is still open while it is interrupted.
                session->database().interrupt();
                m_retired.push_back(std::move(session));
            }
        } else {
            now = std::move(session);
        }
    }
    m_wake.notify_all();
    // The worker is idle: destroying the session here waits for nothing.
    now.reset();
}

void SessionWorker::enqueue(const QString& key, std::function<void(Session&, JobControl&)> run)
{
    {
        const std::lock_guard lock(m_mutex);
        if (!m_session) {
            return;
        }
        if (!key.isEmpty()) {
            std::erase_if(m_queue, [&](const Job& job) { return job.key == key; });
            // The running one of the same key is overtaken too: it may stop early.
            if (m_running && m_runningKey == key) {
                m_control->m_stop = true;
            }
        }
        m_queue.push_back({key, std::move(run)});
    }
    m_wake.notify_all();
}

bool SessionWorker::cancel(const QString& key)
{
    const std::lock_guard lock(m_mutex);
    const bool dropped = std::erase_if(m_queue, [&](const Job& job) { return job.key == key; }) > 0;
    if (m_running && m_runningKey == key) {
        m_control->m_stop = true;
        if (m_session) {
            m_session->database().interrupt();
        }
    }
    return dropped;
}

bool SessionWorker::isBusy() const
{
    const std::lock_guard lock(m_mutex);
    return m_running || !m_queue.empty();
}

void SessionWorker::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_quit || !m_retired.empty() || (m_session && !m_queue.empty()); });
        if (!m_retired.empty()) {
            std::vector<std::unique_ptr<Session>> retired = std::move(m_retired);
            m_retired.clear();
            lock.unlock();
            retired.clear(); // closes the databases and wipes their keys
            lock.lock();
            continue;
        }
        if (m_quit) {
            return;
        }
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        Session* session = m_session;
        auto control = std::make_shared<JobControl>();
        m_control = control;
        m_runningKey = job.key;
        m_running = true;
        lock.unlock();
        job.run(*session, *control);
        lock.lock();
        m_running = false;
        m_control.reset();
        m_runningKey.clear();
    }
}

} // namespace majakka::ui
