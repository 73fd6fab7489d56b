#include "SessionFixture.h"
#include "session/Verification.h"
#include "store/SettingsTable.h"
#include "store/Statement.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace majakka;

namespace {
// The child: opens the database and commits one row per transaction in a loop,
// telling the parent each row number after its commit returned.
[[noreturn]] void writeUntilKilled(const std::filesystem::path& database, int reportFd, int firstRow)
{
    try {
        auto session = Session::unlock(database, std::nullopt, test::AdminPassphrase);
        for (int row = firstRow;; ++row) {
            store::Transaction transaction(session->database());
            store::SettingsTable(session->database())
                .setValue("row " + std::to_string(row), std::string(300, 'x'));
            transaction.commit();
            if (::write(reportFd, &row, sizeof row) != sizeof row) {
                ::_exit(3);
            }
        }
    } catch (...) {
        ::_exit(2);
    }
}

int lastReported(int readFd)
{
    int last = -1;
    int value = 0;
    while (::read(readFd, &value, sizeof value) == sizeof value) {
        last = value;
    }
    return last;
}
} // namespace

TEST_CASE("SIGKILL at random moments while writing loses no committed row", "[session][crash]")
{
    test::SessionFixture fx;
    fx.create();
    std::mt19937 random(20261123);
    std::uniform_int_distribution<int> delayMs(5, 120);
    int nextRow = 0;
    int kills = 0;

    for (int round = 0; round < 25; ++round) {
        int pipeFds[2];
        REQUIRE(::pipe(pipeFds) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(pipeFds[0]);
            writeUntilKilled(fx.database, pipeFds[1], nextRow);
        }
        ::close(pipeFds[1]);
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs(random)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        // Killed before its first commit (under load, opening can take longer than
        // the delay): then the last committed row is the previous round's.
        const int last = std::max(lastReported(pipeFds[0]), nextRow - 1);
        ::close(pipeFds[0]);
        REQUIRE(WIFSIGNALED(status));
        kills += 1;

        // Every row reported as committed is there, and the database is whole.
        auto session = Session::unlock(fx.database, std::nullopt, test::AdminPassphrase);
        store::SettingsTable settings(session->database());
        for (int row = 0; row <= last; ++row) {
            INFO("round " << round << ", row " << row);
            REQUIRE(settings.value("row " + std::to_string(row)).has_value());
        }
        {
            auto count = session->database().prepare("SELECT count(*) FROM settings WHERE key LIKE 'row %'");
            count.step();
            // At most one more row than reported: committed, but killed before it could say so.
            CHECK(count.columnInt(0) >= last + 1);
            CHECK(count.columnInt(0) <= last + 2);
            nextRow = static_cast<int>(count.columnInt(0));
        }
        session.reset();
        const VerificationReport report = verifyDatabase(fx.database, std::nullopt, test::AdminPassphrase);
        const std::string firstProblem = report.problems.empty() ? std::string() : report.problems.front();
        INFO(firstProblem);
        REQUIRE(report.ok());
    }
    CHECK(kills >= 20);
    CHECK(nextRow > 25); // the children did write
}
