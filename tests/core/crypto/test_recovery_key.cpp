#include "Error.h"
#include "crypto/RecoveryKey.h"

#include <catch2/catch.hpp>

using namespace majakka::crypto;

TEST_CASE("a secret sealed to a public key opens only with its private key", "[crypto][recovery]")
{
    const RecoveryKeyPair office = RecoveryKeyPair::generate();
    const RecoveryKeyPair other = RecoveryKeyPair::generate();
    const Secret dataKey = Secret::fromText("0123456789abcdef0123456789abcdef");
    const SealedToKey sealed = sealToPublicKey(office.publicKey, dataKey, asBytes("db"));

    const auto opened = openWithPrivateKey(office.privateKey, sealed, asBytes("db"));
    REQUIRE(opened);
    CHECK(*opened == dataKey);
    CHECK_FALSE(openWithPrivateKey(other.privateKey, sealed, asBytes("db")));
    CHECK_FALSE(openWithPrivateKey(office.privateKey, sealed, asBytes("another db")));
}

TEST_CASE("the public key is derived from the private key", "[crypto][recovery]")
{
    const RecoveryKeyPair pair = RecoveryKeyPair::generate();
    CHECK(RecoveryKeyPair::publicKeyOf(pair.privateKey) == pair.publicKey);
    CHECK(keyId(pair.publicKey).size() == 8);
}

TEST_CASE("a low-order public key that gives an all-zero secret is refused", "[crypto][recovery]")
{
    const Bytes zero(32, 0);
    CHECK_THROWS_AS(sealToPublicKey(zero, Secret::fromText("key"), {}), majakka::Error);
}
