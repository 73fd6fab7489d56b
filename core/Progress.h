#pragma once

#include <cstddef>
#include <exception>

namespace majakka {

// Thrown out of a long unit of work when the person asked to stop it. Not an
// Error: nothing went wrong, and nothing was written.
class Cancelled : public std::exception
{
public:
    const char* what() const noexcept override { return "cancelled"; }
};

// How far a long read or computation has come, and the way to stop it (the
// statistics screen runs the report off the UI thread with a Cancel button).
// The work calls step() between its parts and check() often enough that a
// cancel is noticed within milliseconds; both may be called from any thread.
class Progress
{
public:
    virtual ~Progress() = default;

    // `done` of `total` parts are finished.
    virtual void step(std::size_t done, std::size_t total) = 0;
    virtual bool cancelRequested() const = 0;

    // Throws Cancelled once a cancel was requested.
    void check() const
    {
        if (cancelRequested()) {
            throw Cancelled();
        }
    }

    // For work that may be given no Progress at all.
    static void advance(Progress* progress, std::size_t done, std::size_t total)
    {
        if (progress) {
            progress->check();
            progress->step(done, total);
        }
    }
    static void checkCancel(const Progress* progress)
    {
        if (progress) {
            progress->check();
        }
    }
};

// A part of a larger piece of work: its steps are shown as the stretch from
// `from` to `to` of the whole's 100. Without a whole it only counts.
class ScaledProgress : public Progress
{
public:
    ScaledProgress(Progress* whole, std::size_t from, std::size_t to)
        : m_whole(whole)
        , m_from(from)
        , m_to(to)
    { }

    void step(std::size_t done, std::size_t total) override
    {
        if (m_whole && total > 0) {
            m_whole->step(m_from + (m_to - m_from) * done / total, 100);
        }
    }
    bool cancelRequested() const override { return m_whole && m_whole->cancelRequested(); }

private:
    Progress* m_whole;
    std::size_t m_from;
    std::size_t m_to;
};

} // namespace majakka
