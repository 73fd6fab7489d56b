#pragma once

#include "Progress.h"

#include <atomic>
#include <cstddef>
#include <functional>

namespace majakka::ui {

// What the core's sync work reports to while it runs on a worker thread: the
// latest count, read by the progress dialog on the UI thread, and a request to
// stop (Cancel, or a lock), answered by throwing Cancelled at the next step so
// that the core's transaction rolls back.
class SyncProgress final : public Progress
{
public:
    // Runs on the worker at every step, before the request to stop is looked
    // at: tests hold the worker there to press Cancel or lock at a known point.
    using StepHook = std::function<void(const SyncProgress&)>;

    explicit SyncProgress(StepHook hook = {});

    void step(std::size_t done, std::size_t total) override;
    bool cancelRequested() const override { return m_cancelled; }

    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    std::size_t done() const { return m_done; }
    // 0 while the core does not know the total yet.
    std::size_t total() const { return m_total; }
    std::size_t steps() const { return m_steps; }

private:
    std::atomic<bool> m_cancelled {false};
    std::atomic<std::size_t> m_done {0};
    std::atomic<std::size_t> m_total {0};
    std::atomic<std::size_t> m_steps {0};
    StepHook m_hook;
};

} // namespace majakka::ui
