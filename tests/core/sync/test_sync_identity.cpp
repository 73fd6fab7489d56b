#include "Error.h"
#include "SyncReplica.h"
#include "TestSupport.h"
#include "sync/PublicIdentity.h"
#include "sync/TrustedDevices.h"

#include <catch2/catch.hpp>
#include <regex>

using namespace majakka;
using test::SyncReplica;

namespace {
const auto Start = std::chrono::system_clock::time_point(std::chrono::milliseconds(1'795'000'000'000));
}

TEST_CASE("a device's fingerprint is thirty digits to read aloud, and differs between devices",
          "[sync][identity]")
{
    test::TemporaryFolder folder;
    SyncReplica a(folder / "a.db", "a", Start);
    SyncReplica b(folder / "b.db", "b", Start);
    const std::string fingerprint = a.identity().publicIdentity().fingerprint();
    CHECK(std::regex_match(fingerprint, std::regex("[0-9]{5}( [0-9]{5}){5}")));
    CHECK(fingerprint != b.identity().publicIdentity().fingerprint());
    // The same keys on the next opening: the identity lives in the database.
    CHECK(sync::DeviceIdentity::load(a.database(), a.clock()).publicIdentity().fingerprint() == fingerprint);
}

TEST_CASE("an identity file comes back as written, and an altered one is refused", "[sync][identity]")
{
    test::TemporaryFolder folder;
    SyncReplica a(folder / "a.db", "a", Start);
    const std::string file = a.identity().publicIdentity().toFile(a.identity().signingPrivateKey());
    const sync::PublicIdentity read = sync::PublicIdentity::fromFile(file);
    CHECK(read.deviceId == a.identity().deviceId());
    CHECK(read.fingerprint() == a.identity().publicIdentity().fingerprint());
    CHECK(file.find("PRIVATE") == std::string::npos);

    // Someone puts their own keys under a trusted name: the self-signature breaks.
    const std::size_t name = file.find("\"name\": \"");
    REQUIRE(name != std::string::npos);
    const std::size_t value = name + 9;
    const std::string altered = file.substr(0, value) + "x" + file.substr(value);
    try {
        sync::PublicIdentity::fromFile(altered);
        FAIL("accepted");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Damaged);
        CHECK(std::string(error.what()).find("altered") != std::string::npos);
    }
    CHECK_THROWS_AS(sync::PublicIdentity::fromFile("{\"hello\": 1}"), Error);
    CHECK_THROWS_AS(sync::PublicIdentity::fromFile("not json"), Error);
}

TEST_CASE("a revoked device stays revoked and can be found by a start of its id", "[sync][identity]")
{
    test::TemporaryFolder folder;
    SyncReplica a(folder / "a.db", "a", Start);
    SyncReplica b(folder / "b.db", "b", Start);
    a.trust(b, std::string("kaisa"));
    sync::TrustedDevices devices(a.database());
    const std::string id = b.identity().deviceId().hex();
    CHECK(devices.findByText(id.substr(0, 6)).worker == std::optional<std::string>("kaisa"));
    CHECK(devices.findByText("b").identity.deviceId == b.identity().deviceId());
    CHECK_THROWS_AS(devices.findByText("nobody"), Error);

    devices.revoke(b.identity().deviceId(), "2026-12-01T12:00:00Z");
    CHECK(devices.find(b.identity().deviceId())->isRevoked());
    CHECK_THROWS_AS(a.trust(b), Error);
    CHECK(devices.find(b.identity().deviceId())->revokedAt
          == std::optional<std::string>("2026-12-01T12:00:00Z"));
}
