#pragma once

#include "session/Session.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <sqlite3.h>
#include <thread>

namespace majakka::ui::test {

// Keeps a session's database busy from a thread of its own, as a slow disk
// or a very large database would: while held, every call into the
// connection waits (SQLCipher is built serialized, one mutex per
// connection). The UI thread must not call into the database meanwhile.
class DatabaseHold
{
public:
    explicit DatabaseHold(Session& session)
        : m_mutex(sqlite3_db_mutex(session.database().handle()))
        , m_thread([this] { hold(); })
    {
        std::unique_lock lock(m_state);
        m_changed.wait(lock, [this] { return m_held; });
    }

    ~DatabaseHold()
    {
        release();
        m_thread.join();
    }

    DatabaseHold(const DatabaseHold&) = delete;
    DatabaseHold& operator=(const DatabaseHold&) = delete;

    void release() { releaseAfter(std::chrono::milliseconds(0)); }

    // Lets go after `delay` on its own thread, so that the caller may itself
    // wait for the work the hold keeps waiting.
    void releaseAfter(std::chrono::milliseconds delay)
    {
        {
            const std::lock_guard lock(m_state);
            m_releaseAt = std::chrono::steady_clock::now() + delay;
            m_releaseAsked = true;
        }
        m_changed.notify_all();
    }

private:
    void hold()
    {
        sqlite3_mutex_enter(m_mutex);
        {
            const std::lock_guard lock(m_state);
            m_held = true;
        }
        m_changed.notify_all();
        std::unique_lock lock(m_state);
        m_changed.wait(lock, [this] { return m_releaseAsked; });
        m_changed.wait_until(lock, m_releaseAt, [] { return false; });
        sqlite3_mutex_leave(m_mutex);
    }

    sqlite3_mutex* m_mutex;
    std::mutex m_state;
    std::condition_variable m_changed;
    bool m_held = false;
    bool m_releaseAsked = false;
    std::chrono::steady_clock::time_point m_releaseAt;
    std::thread m_thread;
};

} // namespace majakka::ui::test
