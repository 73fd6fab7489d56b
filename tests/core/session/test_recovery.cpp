#include "Error.h"
#include "SessionFixture.h"
#include "crypto/RecoveryKey.h"
#include "session/RecoveryKeyFile.h"
#include "session/UserAdministration.h"
#include "store/SettingsTable.h"

#include <catch2/catch.hpp>

using namespace majakka;

TEST_CASE("the recovery key opens the database and resets a forgotten passphrase", "[session][recovery]")
{
    test::SessionFixture fx;
    const auto office = crypto::RecoveryKeyPair::generate();
    {
        auto session = fx.create();
        UserAdministration(*session).setRecoveryKey(office.publicKey);
        store::SettingsTable(session->database()).setValue("record", "still here");
    }
    {
        auto recovered = Session::unlockWithRecovery(fx.database, office.privateKey);
        CHECK(recovered->openedWithRecoveryKey());
        CHECK(store::SettingsTable(recovered->database()).value("record") == "still here");
        UserAdministration(*recovered).resetPassphrase("anna", "set by the office", test::CheapKdf);
    }
    CHECK(fx.unlock("anna", "set by the office")->user().name == "anna");
}

TEST_CASE("another office's key does not open the database", "[session][recovery]")
{
    test::SessionFixture fx;
    {
        auto session = fx.create();
        UserAdministration(*session).setRecoveryKey(crypto::RecoveryKeyPair::generate().publicKey);
    }
    try {
        Session::unlockWithRecovery(fx.database, crypto::RecoveryKeyPair::generate().privateKey);
        FAIL("a foreign recovery key opened the database");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Authentication);
    }
}

TEST_CASE("without a recovery slot the recovery key is refused", "[session][recovery]")
{
    test::SessionFixture fx;
    fx.create();
    CHECK_THROWS_AS(Session::unlockWithRecovery(fx.database, crypto::RecoveryKeyPair::generate().privateKey),
                    Error);
}

TEST_CASE("recovery key files round-trip and the private one needs its passphrase", "[session][recovery]")
{
    test::TemporaryFolder folder;
    const auto pair = crypto::RecoveryKeyPair::generate();
    recoverykeyfile::writePublicKey(folder / "r.pub", pair.publicKey);
    recoverykeyfile::writePrivateKey(
        folder / "r.key", pair.privateKey, "office safe passphrase", test::CheapKdf);

    CHECK(recoverykeyfile::readPublicKey(folder / "r.pub") == pair.publicKey);
    CHECK(recoverykeyfile::readPrivateKey(folder / "r.key", "office safe passphrase") == pair.privateKey);
    CHECK_FALSE(test::fileContains(folder / "r.key", crypto::toHex(pair.privateKey.bytes())));
    try {
        recoverykeyfile::readPrivateKey(folder / "r.key", "wrong");
        FAIL("wrong passphrase accepted");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Authentication);
    }
    try {
        recoverykeyfile::readPublicKey(folder / "r.key");
        FAIL("a private key file was read as a public key");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Invalid);
    }
    CHECK(recoverykeyfile::fingerprint(pair.publicKey).size() == 39);
}
