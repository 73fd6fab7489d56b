#pragma once

#include "Clock.h"

#include <cstdint>

namespace majakka::store {

// A hybrid logical clock value: milliseconds since the epoch in the high 48
// bits, a counter in the low 16. It orders the operations of all devices: it
// never runs backwards on one device, and it moves past every value seen in an
// imported package, so an edit made after seeing another always sorts after it
// even when the two machines' clocks disagree.
class HybridClock
{
public:
    explicit HybridClock(const Clock& clock, std::uint64_t last = 0)
        : m_clock(clock)
        , m_last(last)
    { }

    // The next value for a local operation.
    std::uint64_t tick();
    // Moves past a value received from another device.
    void observe(std::uint64_t received);
    std::uint64_t last() const { return m_last; }

    static std::uint64_t physicalMs(std::uint64_t value) { return value >> 16; }
    // The wall-clock moment a value stands for (to the millisecond).
    static std::chrono::system_clock::time_point timeOf(std::uint64_t value)
    {
        return std::chrono::system_clock::time_point(
            std::chrono::milliseconds(static_cast<std::int64_t>(physicalMs(value))));
    }
    static std::uint64_t make(std::uint64_t physicalMs, std::uint16_t counter)
    {
        return physicalMs << 16 | counter;
    }

private:
    const Clock& m_clock;
    std::uint64_t m_last;
};

} // namespace majakka::store
