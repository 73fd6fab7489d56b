#include "crypto/Aead.h"
#include "crypto/Random.h"
#include "crypto/SelfTest.h"

#include <catch2/catch.hpp>

using namespace majakka::crypto;

TEST_CASE("sealed data opens with the same key and associated data", "[crypto]")
{
    const Secret key = randomSecret(32);
    const Bytes sealed = seal(key, asBytes("client record"), asBytes("context"));
    const auto opened = open(key, sealed, asBytes("context"));
    REQUIRE(opened);
    CHECK(std::string(opened->data(), opened->data() + opened->size()) == "client record");
}

TEST_CASE("sealing twice gives different ciphertexts", "[crypto]")
{
    const Secret key = randomSecret(32);
    CHECK(seal(key, asBytes("same"), {}) != seal(key, asBytes("same"), {}));
}

TEST_CASE("any changed byte, another key or other associated data is refused", "[crypto]")
{
    const Secret key = randomSecret(32);
    const Bytes sealed = seal(key, asBytes("secret"), asBytes("ad"));
    for (std::size_t i = 0; i < sealed.size(); ++i) {
        Bytes altered = sealed;
        altered[i] ^= 0x80;
        CHECK_FALSE(open(key, altered, asBytes("ad")));
    }
    CHECK_FALSE(open(randomSecret(32), sealed, asBytes("ad")));
    CHECK_FALSE(open(key, sealed, asBytes("other")));
    CHECK_FALSE(open(key, Bytes(10, 0), asBytes("ad")));
}

TEST_CASE("the known-answer self-tests pass on this build", "[crypto]")
{
    CHECK_NOTHROW(runSelfTests());
}
