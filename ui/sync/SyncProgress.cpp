#include "ui/sync/SyncProgress.h"

#include <utility>

namespace majakka::ui {

SyncProgress::SyncProgress(StepHook hook)
    : m_hook(std::move(hook))
{ }

void SyncProgress::step(std::size_t done, std::size_t total)
{
    m_done = done;
    m_total = total;
    ++m_steps;
    if (m_hook) {
        m_hook(*this);
    }
    if (m_cancelled) {
        throw Cancelled();
    }
}

} // namespace majakka::ui
