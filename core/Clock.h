#pragma once

#include <chrono>
#include <string>

namespace majakka {

// Where the core gets the time from. Deadlines, the hybrid logical clock and
// the audit log read it through this interface so that tests can stop time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::chrono::system_clock::time_point now() const = 0;

    // The real clock, shared by everything that is not a test.
    static const Clock& system();
};

// A moment as ISO 8601 in UTC to the second ("2026-12-01T09:30:00Z"), the
// form the audit log and the sync tables store.
std::string isoUtc(std::chrono::system_clock::time_point time);

} // namespace majakka
