// Without clang the fuzz target still runs in the suite: its seed inputs and
// thousands of seeded mutations of them (flips, cuts, splices, repeats).
#include "PackageReaderTarget.h"

#include <catch2/catch.hpp>
#include <random>

using namespace majakka;

TEST_CASE("the readers of untrusted sync input survive their seeds and 60,000 mutations of them",
          "[sync][fuzz]")
{
    const auto seeds = fuzz::seedInputs();
    REQUIRE(seeds.size() == 3);
    std::mt19937_64 random(20261201);
    std::size_t runs = 0;
    for (const auto& seed : seeds) {
        fuzz::readUntrusted(seed.data(), seed.size());
        for (int i = 0; i < 20000; ++i) {
            crypto::Bytes input = seed;
            const int changes = 1 + static_cast<int>(random() % 4);
            for (int c = 0; c < changes && input.size() > 1; ++c) {
                const std::size_t at = 1 + random() % (input.size() - 1);
                switch (random() % 4) {
                case 0:
                    input[at] ^= static_cast<std::uint8_t>(1u << (random() % 8));
                    break;
                case 1:
                    input[at] = static_cast<std::uint8_t>(random());
                    break;
                case 2:
                    input.resize(at);
                    break;
                default:
                    input.insert(input.begin() + static_cast<std::ptrdiff_t>(at),
                                 input.begin() + 1,
                                 input.begin()
                                     + static_cast<std::ptrdiff_t>(std::min(input.size(), at + 16)));
                }
            }
            fuzz::readUntrusted(input.data(), input.size());
            ++runs;
        }
    }
    CHECK(runs == 60000);
}
