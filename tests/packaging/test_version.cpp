#include "TestSupport.h"
#include "Version.h"
#include "crypto/Bytes.h"
#include "session/Session.h"
#include "store/Statement.h"
#include "sync/Package.h"
#include "sync/PublicIdentity.h"
#include "sync/SyncService.h"

#include <catch2/catch.hpp>

using namespace majakka;

namespace {
// The project version as CMake gave it to this test, not through core/Version.h:
// a Version.h out of step with project(VERSION) is what these tests catch.
const std::string Release = std::string("Majakka ") + MAJAKKA_PROJECT_VERSION;
const std::string Passphrase = "version test passphrase";

std::unique_ptr<Session> newDatabase(const std::filesystem::path& path)
{
    return Session::create(path, "anna", Passphrase, crypto::KdfParams::forTests());
}
} // namespace

TEST_CASE("a new database records the release that made it", "[packaging][version]")
{
    test::TemporaryFolder folder;
    const auto path = folder / "office.db";
    newDatabase(path).reset();

    const auto session = Session::unlock(path, std::nullopt, Passphrase);
    store::Statement query(session->database(), "SELECT value FROM meta WHERE key = 'created_by'");
    REQUIRE(query.step());
    CHECK(query.columnText(0) == Release);
    CHECK(std::string(Version) == MAJAKKA_PROJECT_VERSION);
}

TEST_CASE("a sync package and a device identity file name the release that wrote them",
          "[packaging][version]")
{
    test::TemporaryFolder folder;
    const auto office = newDatabase(folder / "office.db");
    const auto laptop = newDatabase(folder / "laptop.db");
    sync::SyncService officeSync(*office);
    sync::SyncService laptopSync(*laptop);

    const std::string identity = laptopSync.identityFile();
    CHECK(sync::PublicIdentity::fromFile(identity).software == Release);
    officeSync.trust(identity, "laptop", laptopSync.fingerprint(), std::nullopt, std::nullopt);
    laptopSync.trust(
        officeSync.identityFile(), "office", officeSync.fingerprint(), std::nullopt, std::nullopt);
    const auto package = folder / "to-laptop.majakka-sync";
    officeSync.exportTo("laptop", std::nullopt, package);

    const auto bytes = test::readBytes(package);
    // The header is read without any key, as a receiver first reads it.
    const sync::ParsedPackage parsed = sync::parsePackage(crypto::ByteView(bytes.data(), bytes.size()));
    CHECK(parsed.header.software == Release);
    // The laptop accepts it: the field is informative and signed with the rest.
    CHECK_NOTHROW(laptopSync.importFrom(package, true));
}
