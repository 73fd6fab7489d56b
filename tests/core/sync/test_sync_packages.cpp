#include "Error.h"
#include "SyncReplica.h"
#include "TestSupport.h"
#include "crypto/RecoveryKey.h"
#include "store/Schema.h"
#include "sync/Package.h"
#include "sync/Payload.h"
#include "sync/TrustedDevices.h"

#include <catch2/catch.hpp>

using namespace majakka;
using test::SyncReplica;

namespace {

const auto Start = std::chrono::system_clock::time_point(std::chrono::milliseconds(1'795'000'000'000));

// Two offices that trust each other, and notes written on the first.
struct Pair
{
    test::TemporaryFolder folder;
    SyncReplica a {folder / "a.db", "a", Start};
    SyncReplica b {folder / "b.db", "b", Start};

    Pair()
    {
        a.trust(b);
        b.trust(a);
        for (int i = 0; i < 3; ++i) {
            const store::Id note = store::Id::random();
            a.edit(note, "title", "\"note " + std::to_string(i) + "\"");
            a.edit(note, "worker", "\"kaisa\"");
        }
    }

    // The database file's hash and its dump: what "unchanged" means.
    std::pair<std::string, std::string> stateOfB() { return {test::fileHash(b.path()), b.dump()}; }
};

// A package from `from` to `to` holding exactly `payload`, signed with `from`'s key.
crypto::Bytes
craft(SyncReplica& from, SyncReplica& to, crypto::ByteView payload, int schema = store::latestSchemaVersion())
{
    sync::PackageHeader header;
    header.packageId = store::Id::random();
    header.schema = schema;
    header.software = "Majakka test";
    header.sender = from.identity().deviceId();
    header.senderKeyId = crypto::keyId(from.identity().publicIdentity().signingPublicKey);
    header.createdHlc = 1;
    return sync::sealPackage(header,
                             payload,
                             {{to.identity().publicIdentity().agreementPublicKey}},
                             from.identity().signingPrivateKey());
}

ErrorCode refusal(SyncReplica& replica, crypto::ByteView package, std::string* message = nullptr)
{
    try {
        replica.import(package);
    } catch (const Error& error) {
        if (message) {
            *message = error.what();
        }
        return error.code();
    }
    FAIL("the package was accepted");
    return ErrorCode::Internal;
}

} // namespace

TEST_CASE("a package brings the sender's notes, and importing it again changes nothing", "[sync][package]")
{
    Pair pair;
    const crypto::Bytes package = pair.a.exportTo(pair.b);
    const auto report = pair.b.import(package);
    CHECK(report.added.size() == 3);
    CHECK(report.newOperations == 6);
    CHECK(pair.b.dump() == pair.a.dump());
    const auto before = pair.stateOfB();
    const auto again = pair.b.import(package);
    CHECK(again.alreadyImported);
    CHECK(pair.stateOfB() == before);
}

TEST_CASE("every flipped byte of a package is refused and leaves the database as it was", "[sync][package]")
{
    Pair pair;
    const crypto::Bytes package = pair.a.exportTo(pair.b);
    const auto before = pair.stateOfB();
    for (std::size_t offset = 0; offset < package.size(); ++offset) {
        INFO("byte " << offset << " of " << package.size());
        crypto::Bytes altered = package;
        altered[offset] ^= 0x20;
        std::string message;
        const ErrorCode code = refusal(pair.b, altered, &message);
        CHECK(
            (code == ErrorCode::Damaged || code == ErrorCode::Invalid || code == ErrorCode::Authentication));
        CHECK(message.find("package") != std::string::npos);
    }
    CHECK(pair.stateOfB() == before);
    // The intact package still goes in: the refusals were about the flips.
    CHECK(pair.b.import(package).newOperations == 6);
}

TEST_CASE("a package cut short anywhere is refused and leaves the database as it was", "[sync][package]")
{
    Pair pair;
    const crypto::Bytes package = pair.a.exportTo(pair.b);
    const auto before = pair.stateOfB();
    for (std::size_t length = 0; length < package.size(); ++length) {
        INFO("the first " << length << " bytes");
        const crypto::Bytes cut(package.begin(), package.begin() + static_cast<std::ptrdiff_t>(length));
        const ErrorCode code = refusal(pair.b, cut);
        CHECK((code == ErrorCode::Damaged || code == ErrorCode::Invalid));
    }
    CHECK(pair.stateOfB() == before);
}

TEST_CASE("a package for another device, from an unknown or revoked one, or from itself, is refused",
          "[sync][package]")
{
    Pair pair;
    SyncReplica c(pair.folder / "c.db", "c", Start);
    pair.a.trust(c);
    c.trust(pair.a);
    std::string message;

    auto before = pair.stateOfB();
    CHECK(refusal(pair.b, pair.a.exportTo(c), &message) == ErrorCode::Invalid);
    CHECK(message == "the sync package is for another device, not this one");

    c.trust(pair.b);
    CHECK(refusal(pair.b, c.exportTo(pair.b), &message) == ErrorCode::Authentication);
    CHECK(message.find("does not trust") != std::string::npos);
    CHECK(pair.stateOfB() == before);

    sync::TrustedDevices(pair.b.database()).revoke(pair.a.identity().deviceId(), "2026-12-01T10:00:00Z");
    before = pair.stateOfB();
    CHECK(refusal(pair.b, pair.a.exportTo(pair.b), &message) == ErrorCode::Authentication);
    CHECK(message.find("revoked on 2026-12-01T10:00:00Z") != std::string::npos);
    CHECK(pair.stateOfB() == before);

    CHECK(refusal(pair.a, pair.a.exportTo(pair.b), &message) == ErrorCode::Invalid);
    CHECK(message.find("written by this device itself") != std::string::npos);
}

TEST_CASE("a package of a newer format or schema is refused with a word to update", "[sync][package]")
{
    Pair pair;
    crypto::Bytes package = pair.a.exportTo(pair.b);
    const auto before = pair.stateOfB();
    package[9] = 2; // the format, after the 8-byte magic
    std::string message;
    CHECK(refusal(pair.b, package, &message) == ErrorCode::Invalid);
    CHECK(message.find("newer version of Majakka") != std::string::npos);

    sync::PayloadWriter empty(0);
    const auto payload = empty.finish(std::nullopt, {}, {0, crypto::Bytes(32, 0)});
    CHECK(refusal(pair.b, craft(pair.a, pair.b, payload, store::latestSchemaVersion() + 1), &message)
          == ErrorCode::Invalid);
    CHECK(message.find("newer version of Majakka") != std::string::npos);
    CHECK(pair.stateOfB() == before);
}

TEST_CASE("a signed package with a malformed payload is refused whole", "[sync][package]")
{
    Pair pair;
    const auto before = pair.stateOfB();
    std::string message;

    const std::string garbage = "not a payload at all";
    CHECK(refusal(pair.b, craft(pair.a, pair.b, crypto::asBytes(garbage)), &message) == ErrorCode::Damaged);
    CHECK(message.find("the sync package's content is malformed") == 0);

    // One good operation, then one of a kind of record no one knows, then one whose value is not JSON.
    store::Operation good;
    good.opId = store::Id::random();
    good.recordId = store::Id::random();
    good.recordType = "note";
    good.field = "title";
    good.value = "\"fine\"";
    good.hlc = 5;
    good.siteId = pair.a.identity().deviceId();
    good.author = "a";
    store::Operation unknown = good;
    unknown.opId = store::Id::random();
    unknown.recordType = "spaceship";
    store::Operation notJson = good;
    notJson.opId = store::Id::random();
    notJson.value = "{unquoted";
    for (const auto& bad : {unknown, notJson}) {
        sync::PayloadWriter writer(2);
        writer.add(good);
        writer.add(bad);
        const auto payload = writer.finish(std::nullopt, {}, {0, crypto::Bytes(32, 0)});
        CHECK(refusal(pair.b, craft(pair.a, pair.b, payload), &message) == ErrorCode::Damaged);
        CHECK(message.find("its operation 2 is malformed") != std::string::npos);
        CHECK(message.find("nothing was imported") != std::string::npos);
    }
    CHECK(pair.stateOfB() == before);
}

TEST_CASE("an older package replayed after a newer one changes nothing", "[sync][package]")
{
    Pair pair;
    const crypto::Bytes lost = pair.a.exportTo(pair.b); // never arrives in time
    pair.a.edit(store::Id::random(), "title", "\"later\"");
    REQUIRE(pair.b.import(pair.a.exportTo(pair.b)).newOperations == 7);
    const auto before = pair.stateOfB();
    const auto replayed = pair.b.import(lost);
    CHECK(replayed.older);
    CHECK(replayed.newOperations == 0);
    CHECK(replayed.skipped == 6);
    CHECK_FALSE(replayed.changedAnything);
    CHECK(pair.stateOfB() == before);
}

TEST_CASE("a dry run reports what an import would do and writes nothing", "[sync][package]")
{
    Pair pair;
    const crypto::Bytes package = pair.a.exportTo(pair.b);
    const auto before = pair.stateOfB();
    const auto preview = pair.b.import(package, true);
    CHECK(preview.dryRun);
    CHECK(preview.added.size() == 3);
    CHECK(pair.stateOfB() == before);
    const auto real = pair.b.import(package);
    CHECK(real.added == preview.added);
    CHECK_FALSE(real.alreadyImported);
}

TEST_CASE("operations stamped far ahead of this device's clock wait until it catches up", "[sync][package]")
{
    Pair pair;
    pair.a.clock().advance(std::chrono::hours(3)); // a laptop whose clock runs three hours fast
    const store::Id note = store::Id::random();
    pair.a.edit(note, "title", "\"from the future\"");
    const auto early = pair.b.import(pair.a.exportTo(pair.b));
    CHECK(early.heldBack == 1);
    CHECK(pair.b.dump().find("from the future") == std::string::npos);
    pair.b.clock().advance(std::chrono::hours(3));
    pair.a.edit(store::Id::random(), "title", "\"another\"");
    const auto later = pair.b.import(pair.a.exportTo(pair.b));
    CHECK(later.released == 1);
    CHECK(pair.b.dump() == pair.a.dump());
}
