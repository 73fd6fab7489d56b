#include "SyncReplica.h"
#include "TestSupport.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

using namespace majakka;
using test::SyncReplica;

namespace {
const auto Start = std::chrono::system_clock::time_point(std::chrono::milliseconds(1'795'000'000'000));
}

TEST_CASE("four packages imported in every order, each one to three times, give one state", "[sync][order]")
{
    test::TemporaryFolder folder;
    SyncReplica a(folder / "a.db", "a", Start);
    SyncReplica b(folder / "b.db", "b", Start + std::chrono::seconds(2));
    SyncReplica receiver(folder / "r.db", "r", Start + std::chrono::seconds(1));
    for (SyncReplica* x : {&a, &b, &receiver}) {
        for (SyncReplica* y : {&a, &b, &receiver}) {
            if (x != y) {
                x->trust(*y);
            }
        }
    }
    std::vector<store::Id> notes(4);
    std::generate(notes.begin(), notes.end(), store::Id::random);
    const auto step = [](SyncReplica& replica) {
        replica.clock().advance(std::chrono::milliseconds(3));
    };

    // Overlapping edits, a delete and a relay, so that order could matter if anything were wrong.
    a.edit(notes[0], "title", "\"a0\"");
    a.edit(notes[1], "title", "\"a1\"");
    b.edit(notes[1], "title", "\"b1\"");
    b.edit(notes[2], "status", "\"open\"");
    std::vector<crypto::Bytes> packages;
    packages.push_back(a.exportTo(receiver));
    packages.push_back(b.exportTo(receiver));
    step(a);
    step(b);
    a.import(b.exportTo(a));
    a.edit(notes[2], "status", "\"closed\"");
    a.remove(notes[0]);
    b.edit(notes[0], "note", "\"edited while deleted\"");
    b.edit(notes[3], "title", "\"b3\"");
    packages.push_back(a.exportTo(receiver)); // holds the first package's operations and b's first ones too
    packages.push_back(b.exportTo(receiver));

    std::optional<std::string> reference;
    std::vector<std::size_t> order {0, 1, 2, 3};
    std::mt19937 random(20261201);
    int runs = 0;
    do {
        receiver.copyFile(folder / "copy.db");
        SyncReplica copy(receiver, Start + std::chrono::seconds(1), folder / "copy.db");
        std::vector<std::size_t> sequence(order);
        // Each a second or third time, somewhere after its first import.
        for (std::size_t package : order) {
            const int extra = std::uniform_int_distribution<int>(0, 2)(random);
            for (int i = 0; i < extra; ++i) {
                const auto first = std::find(sequence.begin(), sequence.end(), package);
                const auto at = std::uniform_int_distribution<std::ptrdiff_t>(
                    first - sequence.begin() + 1, static_cast<std::ptrdiff_t>(sequence.size()))(random);
                sequence.insert(sequence.begin() + at, package);
            }
        }
        for (std::size_t package : sequence) {
            copy.import(packages[package]);
        }
        const std::string state = copy.dump();
        if (!reference) {
            reference = state;
        }
        INFO("order " << order[0] << order[1] << order[2] << order[3]);
        REQUIRE(state == *reference);
        ++runs;
    } while (std::next_permutation(order.begin(), order.end()));
    CHECK(runs == 24);
    // The state holds the conflicts the edits made: the title of note 1 and the delete of note 0.
    CHECK(reference->find("\"conflicts\":[\n]") == std::string::npos);
    a.import(b.exportTo(a));
    CHECK(a.dump() == *reference);
}
