#pragma once

#include "Clock.h"

namespace majakka::test {

// A clock that stands still until a test moves it.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(std::chrono::system_clock::time_point now
                        = std::chrono::system_clock::time_point(std::chrono::milliseconds(1'795'000'000'000)))
        : m_now(now)
    { }

    std::chrono::system_clock::time_point now() const override { return m_now; }
    void advance(std::chrono::milliseconds by) { m_now += by; }
    void set(std::chrono::system_clock::time_point now) { m_now = now; }

private:
    std::chrono::system_clock::time_point m_now;
};

} // namespace majakka::test
