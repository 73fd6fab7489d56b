#include "Error.h"
#include "crypto/PassphraseKdf.h"

#include <catch2/catch.hpp>

using namespace majakka::crypto;

TEST_CASE("the shipped Argon2id default is at least 64 MiB and 3 passes", "[crypto][kdf]")
{
    CHECK(KdfParams::standard().memoryKiB >= 64 * 1024);
    CHECK(KdfParams::standard().passes >= 3);
    CHECK(KdfParams::standard().meetsMinimum());
    const KdfParams calibrated = KdfParams::calibrated();
    CHECK(calibrated.meetsMinimum());
    CHECK(calibrated.memoryKiB == KdfParams::standard().memoryKiB);
}

TEST_CASE("the same passphrase and salt give the same key, and anything else differs", "[crypto][kdf]")
{
    const Bytes salt(16, 7);
    const KdfParams cheap = KdfParams::forTests();
    CHECK(deriveKeyFromPassphrase("passphrase", salt, cheap)
          == deriveKeyFromPassphrase("passphrase", salt, cheap));
    CHECK_FALSE(deriveKeyFromPassphrase("passphrase", salt, cheap)
                == deriveKeyFromPassphrase("passphrasf", salt, cheap));
    CHECK_FALSE(deriveKeyFromPassphrase("passphrase", salt, cheap)
                == deriveKeyFromPassphrase("passphrase", Bytes(16, 8), cheap));
    CHECK_FALSE(deriveKeyFromPassphrase("passphrase", salt, cheap)
                == deriveKeyFromPassphrase("passphrase", salt, {512, 1, 1}));
}

TEST_CASE("absurd costs read from a file are refused before any memory is taken", "[crypto][kdf]")
{
    const Bytes salt(16, 1);
    CHECK_THROWS_AS(deriveKeyFromPassphrase("x", salt, {0xffffffffu, 3, 1}), majakka::Error);
    CHECK_THROWS_AS(deriveKeyFromPassphrase("x", salt, {65536, 100000, 1}), majakka::Error);
    CHECK_THROWS_AS(deriveKeyFromPassphrase("x", salt, {65536, 3, 0}), majakka::Error);
}
