#include "FixedClock.h"
#include "store/HybridClock.h"

#include <catch2/catch.hpp>

using namespace majakka;
using majakka::store::HybridClock;

TEST_CASE("the hybrid clock never runs backwards, even when the wall clock does", "[store][hlc]")
{
    test::FixedClock wall;
    HybridClock clock(wall);
    const auto first = clock.tick();
    const auto second = clock.tick(); // same millisecond: the counter moves
    CHECK(second > first);
    CHECK(HybridClock::physicalMs(second) == HybridClock::physicalMs(first));
    wall.advance(std::chrono::milliseconds(-60'000)); // someone set the clock back a minute
    CHECK(clock.tick() > second);
    wall.advance(std::chrono::milliseconds(120'000));
    const auto later = clock.tick();
    CHECK(HybridClock::physicalMs(later) > HybridClock::physicalMs(second));
}

TEST_CASE("after seeing a value from another device, the next tick sorts after it", "[store][hlc]")
{
    test::FixedClock wall;
    HybridClock clock(wall);
    const auto remote = HybridClock::make(HybridClock::physicalMs(clock.tick()) + 5'000, 7);
    clock.observe(remote);
    CHECK(clock.tick() > remote);
    clock.observe(1); // an old value changes nothing
    CHECK(clock.tick() > remote);
}
