#include "Error.h"
#include "TestSupport.h"
#include "store/KeyHeader.h"
#include "store/KeyRing.h"

#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::store;

namespace {
const crypto::KdfParams Cheap = crypto::KdfParams::forTests();
}

TEST_CASE("a key ring written and read back opens with each user's passphrase", "[store][keys]")
{
    test::TemporaryFolder folder;
    const auto path = folder / "db.keys";
    KeyRing ring = KeyRing::createNew(path);
    ring.setPassphrase("anna", "anna passphrase", Cheap);
    ring.setPassphrase("kaisa", "kaisa passphrase", Cheap);

    const KeyRing anna = KeyRing::unlock(path, std::string("Anna"), "anna passphrase");
    const KeyRing kaisa = KeyRing::unlock(path, std::string("kaisa"), "kaisa passphrase");
    CHECK(anna.dataKey() == ring.dataKey());
    CHECK(kaisa.dataKey() == ring.dataKey());
    CHECK(anna.openedLookup() == ring.lookupFor("anna"));
}

TEST_CASE("the key header names no one", "[store][keys]")
{
    test::TemporaryFolder folder;
    const auto path = folder / "db.keys";
    KeyRing ring = KeyRing::createNew(path);
    ring.setPassphrase("Hannele Korhonen", "a long passphrase", Cheap);
    CHECK_FALSE(test::fileContains(path, "Hannele"));
    CHECK_FALSE(test::fileContains(path, "hannele"));
}

TEST_CASE("wrong passphrase and unknown user give the same authentication error", "[store][keys]")
{
    test::TemporaryFolder folder;
    const auto path = folder / "db.keys";
    KeyRing ring = KeyRing::createNew(path);
    ring.setPassphrase("anna", "anna passphrase", Cheap);
    ring.setPassphrase("kaisa", "kaisa passphrase", Cheap);
    for (const auto& [user, passphrase] :
         {std::pair<std::string, std::string> {"anna", "kaisa passphrase"}, {"nobody", "anna passphrase"}}) {
        try {
            KeyRing::unlock(path, user, passphrase);
            FAIL("opened with wrong credentials");
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::Authentication);
            CHECK(std::string(error.what()) == "the user name or passphrase is wrong");
        }
    }
    try {
        KeyRing::unlock(path, std::nullopt, "anna passphrase");
        FAIL("opened without a user name although there are two users");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Usage);
    }
}

TEST_CASE("every single changed byte of the key header is detected", "[store][keys]")
{
    test::TemporaryFolder folder;
    const auto path = folder / "db.keys";
    KeyRing ring = KeyRing::createNew(path);
    ring.setPassphrase("anna", "anna passphrase", Cheap);
    const auto original = test::readBytes(path);

    for (std::size_t offset = 0; offset < original.size(); ++offset) {
        auto altered = original;
        altered[offset] ^= 0x01;
        test::writeBytes(path, altered);
        try {
            KeyRing::unlock(path, std::string("anna"), "anna passphrase");
            FAIL("a changed byte at offset " << offset << " went unnoticed");
        } catch (const Error& error) {
            INFO("offset " << offset << ": " << error.what());
            CHECK((error.code() == ErrorCode::Damaged || error.code() == ErrorCode::Invalid));
            CHECK(std::string(error.what()).find(path.string()) != std::string::npos);
        }
    }
}

TEST_CASE("a header whose checksum was recomputed after a change fails its MAC", "[store][keys]")
{
    // An attacker who knows the format can fix the checksum, but not the MAC.
    test::TemporaryFolder folder;
    const auto path = folder / "db.keys";
    KeyRing ring = KeyRing::createNew(path);
    ring.setPassphrase("anna", "anna passphrase", Cheap);
    KeyHeader header = KeyHeader::read(path);
    header.lookupSalt[0] ^= 1; // re-serialised with a MAC under a key the attacker does not have
    const crypto::Secret wrongKey = crypto::Secret::fromText("0123456789abcdef0123456789abcdef");
    header.writeAtomically(path, wrongKey);
    // The lookup salt changed, so find the slot by being the only user.
    try {
        KeyRing::unlock(path, std::nullopt, "anna passphrase");
        FAIL("a forged header was accepted");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Damaged);
        CHECK(std::string(error.what()).find("was altered") != std::string::npos);
    }
}

TEST_CASE("a failed header write leaves the ring and the file as they were", "[store][keys]")
{
    test::TemporaryFolder folder;
    const auto path = folder / "db.keys";
    KeyRing ring = KeyRing::createNew(path);
    ring.setPassphrase("anna", "anna passphrase", Cheap);
    const std::string before = test::fileHash(path);
    // A folder where the temporary file should go makes the write fail, even for root.
    std::filesystem::create_directory(std::filesystem::path(path.string() + ".new"));
    CHECK_THROWS_AS(ring.setPassphrase("kaisa", "kaisa passphrase", Cheap), Error);
    CHECK(test::fileHash(path) == before);
    CHECK_FALSE(ring.hasSlot("kaisa"));
}
