#include "Error.h"
#include "SessionFixture.h"
#include "crypto/Hash.h"
#include "crypto/RecoveryKey.h"
#include "session/Backup.h"
#include "session/UserAdministration.h"
#include "store/SettingsTable.h"

#include <catch2/catch.hpp>

using namespace majakka;

TEST_CASE("a restored backup opens with the same passphrases and recovery key", "[session][backup]")
{
    test::SessionFixture fx;
    const auto office = crypto::RecoveryKeyPair::generate();
    {
        auto session = fx.create();
        UserAdministration users(*session);
        users.addUser("kaisa", domain::Role::Caseworker, "kaisa passphrase", test::CheapKdf);
        users.setRecoveryKey(office.publicKey);
        store::SettingsTable(session->database()).setValue("record", "backed up");
        backup::write(*session, fx.folder / "backup.majakka");
    }
    CHECK_FALSE(test::fileContains(fx.folder / "backup.majakka", "backed up"));
    CHECK_FALSE(test::fileContains(fx.folder / "backup.majakka", "kaisa"));

    const auto restored = fx.folder / "restored.db";
    backup::restore(fx.folder / "backup.majakka", restored, std::string("kaisa"), "kaisa passphrase");
    {
        auto session = Session::unlock(restored, std::string("anna"), test::AdminPassphrase);
        CHECK(store::SettingsTable(session->database()).value("record") == "backed up");
    }
    CHECK_NOTHROW(Session::unlock(restored, std::string("kaisa"), "kaisa passphrase"));
    CHECK_NOTHROW(Session::unlockWithRecovery(restored, office.privateKey));
}

TEST_CASE("restore refuses to overwrite and writes nothing on a wrong passphrase", "[session][backup]")
{
    test::SessionFixture fx;
    {
        auto session = fx.create();
        backup::write(*session, fx.folder / "backup.majakka");
    }
    const auto before = test::folderHashes(fx.folder.path());
    CHECK_THROWS_AS(
        backup::restore(fx.folder / "backup.majakka", fx.database, std::nullopt, test::AdminPassphrase),
        Error);
    try {
        backup::restore(fx.folder / "backup.majakka", fx.folder / "new.db", std::nullopt, "wrong passphrase");
        FAIL("restored with a wrong passphrase");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Authentication);
    }
    CHECK(test::folderHashes(fx.folder.path()) == before);
}

TEST_CASE("a backup with any changed byte is refused and nothing is written", "[session][backup]")
{
    test::SessionFixture fx;
    {
        auto session = fx.create();
        backup::write(*session, fx.folder / "backup.majakka");
    }
    const auto original = test::readBytes(fx.folder / "backup.majakka");
    // Every 97th byte and the last ones: header, database pages, MAC, checksum.
    for (std::size_t offset = 0; offset < original.size();
         offset += (offset + 80 > original.size() ? 1 : 97)) {
        auto altered = original;
        altered[offset] ^= 0x10;
        test::writeBytes(fx.folder / "altered.majakka", altered);
        INFO("offset " << offset);
        try {
            backup::restore(
                fx.folder / "altered.majakka", fx.folder / "new.db", std::nullopt, test::AdminPassphrase);
            FAIL("an altered backup was restored");
        } catch (const Error& error) {
            CHECK((error.code() == ErrorCode::Damaged || error.code() == ErrorCode::Invalid));
        }
        CHECK_FALSE(std::filesystem::exists(fx.folder / "new.db"));
        CHECK_FALSE(std::filesystem::exists(fx.folder / "new.db.keys"));
    }
}

TEST_CASE("a backup forged with a recomputed checksum fails its authentication code", "[session][backup]")
{
    test::SessionFixture fx;
    {
        auto session = fx.create();
        backup::write(*session, fx.folder / "backup.majakka");
    }
    auto bytes = test::readBytes(fx.folder / "backup.majakka");
    bytes[bytes.size() - 100] ^= 0x01; // inside the database part
    bytes.resize(bytes.size() - 32);
    const auto checksum = crypto::sha256(bytes);
    bytes.insert(bytes.end(), checksum.begin(), checksum.end());
    test::writeBytes(fx.folder / "forged.majakka", bytes);
    try {
        backup::restore(
            fx.folder / "forged.majakka", fx.folder / "new.db", std::nullopt, test::AdminPassphrase);
        FAIL("a forged backup was restored");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Damaged);
        CHECK(std::string(error.what()).find("authentication code") != std::string::npos);
    }
    CHECK_FALSE(std::filesystem::exists(fx.folder / "new.db"));
}

TEST_CASE("a backup reports its progress, and one stopped on the way changes nothing", "[session][backup]")
{
    test::SessionFixture fx;
    auto session = fx.create();
    const auto file = fx.folder / "backup.majakka";
    std::vector<std::pair<std::uint64_t, std::uint64_t>> calls;
    REQUIRE(backup::write(*session, file, [&](std::uint64_t done, std::uint64_t total) {
        calls.emplace_back(done, total);
        return true;
    }));
    REQUIRE(calls.size() >= 2);
    CHECK(calls.front().first == 0);
    CHECK(calls.back().first == calls.back().second);
    CHECK(calls.back().second == std::filesystem::file_size(fx.database));
    const auto written = test::fileHash(file);

    store::SettingsTable(session->database()).setValue("record", "changed since");
    const auto before = test::folderHashes(fx.folder.path());
    CHECK_FALSE(backup::write(*session, file, [](std::uint64_t done, std::uint64_t) { return done == 0; }));
    CHECK(test::folderHashes(fx.folder.path()) == before);
    CHECK(test::fileHash(file) == written);
    CHECK_FALSE(std::filesystem::exists(fx.folder / "backup.majakka.new"));
}
