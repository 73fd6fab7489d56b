#include "SyncReplica.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <csignal>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace majakka;
using test::SyncReplica;

namespace {
const auto Start = std::chrono::system_clock::time_point(std::chrono::milliseconds(1'795'000'000'000));
}

TEST_CASE("an import killed at any moment leaves the database exactly before or after, and can run again",
          "[sync][crash]")
{
    test::TemporaryFolder folder;
    SyncReplica sender(folder / "a.db", "a", Start);
    std::unique_ptr<SyncReplica> receiver = std::make_unique<SyncReplica>(folder / "r.db", "r", Start);
    sender.trust(*receiver);
    receiver->trust(sender);
    // Enough work that a kill lands inside the import most of the time.
    for (int note = 0; note < 500; ++note) {
        const store::Id id = store::Id::random();
        for (const char* field : {"title", "status", "note", "worker", "place", "phone", "date", "kind"}) {
            sender.edit(id, field, "\"" + std::string(field) + " " + std::to_string(note) + "\"");
        }
    }
    const crypto::Bytes package = sender.exportTo(*receiver);
    const std::string before = receiver->dump();
    std::string after;
    {
        receiver->copyFile(folder / "trial.db");
        SyncReplica trial(*receiver, Start, folder / "trial.db");
        trial.import(package);
        after = trial.dump();
    }
    REQUIRE(before != after);
    const SyncReplica& original = *receiver;
    const std::filesystem::path work = folder / "work.db";

    std::mt19937 random(20261201);
    int killedInside = 0;
    for (int round = 0; round < 12; ++round) {
        original.copyFile(work); // the database as it was before the import
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            try {
                SyncReplica target(original, Start, work, true);
                target.import(package);
                ::_exit(0);
            } catch (...) {
                ::_exit(2);
            }
        }
        // The import takes about 150 ms here: most kills land inside it, some after.
        std::this_thread::sleep_for(
            std::chrono::milliseconds(std::uniform_int_distribution<int>(5, 220)(random)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        REQUIRE((WIFSIGNALED(status) || WEXITSTATUS(status) == 0));

        SyncReplica reopened(original, Start, work, true);
        const std::string state = reopened.dump();
        INFO("round " << round << (WIFSIGNALED(status) ? ", killed" : ", finished"));
        REQUIRE((state == before || state == after));
        if (state == before) {
            ++killedInside;
        }
        // Whatever happened, the same import now brings it to the state after.
        reopened.import(package);
        REQUIRE(reopened.dump() == after);
    }
    CHECK(killedInside > 0);
}
