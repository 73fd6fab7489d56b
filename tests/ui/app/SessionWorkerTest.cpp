#include "ui/app/SessionWorker.h"

#include "session/Session.h"
#include "store/Statement.h"
#include "support/CaseworkFixture.h"
#include "support/UiDriver.h"
#include "ui/main/MainWindow.h"
#include "ui/unlock/UnlockDialog.h"

#include <QTest>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

TEST_CASE("a lock does not wait for a running query: it is interrupted and the session goes after it",
          "[ui][worker][lock]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    SessionWorker& worker = fixture.controller().worker();
    REQUIRE(waitUntil([&] { return !worker.isBusy(); }));

    std::atomic<bool> started {false};
    std::atomic<bool> stopped {false};
    bool answered = false;
    bool failed = false;
    worker.run<int>(
        fixture.window(),
        QString(),
        [&](Session& session, const JobControl&) {
            started = true;
            try {
                // A statement that would run for hours.
                store::Statement endless(session.database(),
                                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                                         "SELECT count(*) FROM n");
                endless.step();
            } catch (...) {
                stopped = true;
                throw;
            }
            return 1;
        },
        [&](int) { answered = true; },
        [&](const Error&) { failed = true; });
    REQUIRE(waitUntil([&] { return started.load(); }));

    fixture.controller().lock();
    // The lock is done while the query may still be stopping.
    CHECK(fixture.controller().session() == nullptr);
    CHECK(fixture.window()->isLocked());
    REQUIRE(fixture.controller().unlockDialog());
    REQUIRE(waitUntil([&] { return stopped.load() && !worker.isBusy(); }));
    QTest::qWait(20);
    // What the old session's job said is not delivered to the locked window.
    CHECK_FALSE(answered);
    CHECK_FALSE(failed);

    // The database was closed: it opens again.
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
}

TEST_CASE("of two waiting jobs with one key only the newer runs", "[ui][worker]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    SessionWorker& worker = fixture.controller().worker();
    std::atomic<bool> release {false};
    worker.run<int>(fixture.window(),
                    QString(),
                    [&](Session&, const JobControl& control) {
                        while (!release && !control.stopRequested()) {
                            std::this_thread::sleep_for(std::chrono::milliseconds(5));
                        }
                        return 0;
                    },
                    {});
    std::vector<int> ran;
    for (int i = 1; i <= 3; ++i) {
        worker.run<int>(
            fixture.window(),
            QStringLiteral("filter"),
            [i](Session&, const JobControl&) { return i; },
            [&ran](int value) { ran.push_back(value); });
    }
    release = true;
    REQUIRE(waitUntil([&] { return !ran.empty() && !worker.isBusy(); }));
    QTest::qWait(20);
    CHECK(ran == std::vector<int> {3});
}

TEST_CASE("a running job overtaken by a newer one of its key is asked to stop and says nothing",
          "[ui][worker]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    SessionWorker& worker = fixture.controller().worker();
    REQUIRE(waitUntil([&] { return !worker.isBusy(); }));
    std::atomic<bool> started {false};
    std::vector<int> answers;
    bool failed = false;
    worker.run<int>(
        fixture.window(),
        QStringLiteral("filter"),
        [&](Session&, const JobControl& control) -> int {
            started = true;
            while (!control.stopRequested()) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
            throw Error(ErrorCode::Usage, "stopped");
        },
        [&](int value) { answers.push_back(value); },
        [&](const Error&) { failed = true; });
    REQUIRE(waitUntil([&] { return started.load(); }));
    worker.run<int>(
        fixture.window(),
        QStringLiteral("filter"),
        [](Session&, const JobControl&) { return 2; },
        [&](int value) { answers.push_back(value); },
        [&](const Error&) { failed = true; });
    REQUIRE(waitUntil([&] { return !answers.empty() && !worker.isBusy(); }));
    QTest::qWait(20);
    CHECK(answers == std::vector<int> {2});
    CHECK_FALSE(failed);
}
