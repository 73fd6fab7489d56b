#include "Clock.h"

#include <ctime>

namespace majakka {

namespace {
class SystemClock final : public Clock
{
public:
    std::chrono::system_clock::time_point now() const override { return std::chrono::system_clock::now(); }
};
} // namespace

std::string isoUtc(std::chrono::system_clock::time_point time)
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
    std::tm utc {};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace majakka
