#include "store/HybridClock.h"

#include <algorithm>

namespace majakka::store {

std::uint64_t HybridClock::tick()
{
    const auto now
        = std::chrono::duration_cast<std::chrono::milliseconds>(m_clock.now().time_since_epoch()).count();
    const std::uint64_t physical = make(static_cast<std::uint64_t>(std::max<std::int64_t>(now, 0)), 0);
    // Either the wall clock has moved on, or we count up from the last value
    // (same millisecond, or a clock that was set back).
    m_last = std::max(physical, m_last + 1);
    return m_last;
}

void HybridClock::observe(std::uint64_t received)
{
    m_last = std::max(m_last, received);
}

} // namespace majakka::store
