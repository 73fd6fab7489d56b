#pragma once

#include <cstddef>
#include <exception>

namespace majakka {

// Long work in the core (a sync import, an export) reports how far it has got
// through this, and stops when asked: step() throws Cancelled, and the work's
// transaction rolls back, so a cancelled import leaves the database as it was.
class Progress
{
public:
    virtual ~Progress() = default;

    // `done` of `total` units; may throw Cancelled.
    virtual void step(std::size_t done, std::size_t total) = 0;
};

// Thrown out of Progress::step when the person cancelled the work.
class Cancelled : public std::exception
{
public:
    const char* what() const noexcept override { return "cancelled"; }
};

} // namespace majakka
