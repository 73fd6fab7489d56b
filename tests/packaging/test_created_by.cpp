#include "TestSupport.h"
#include "Version.h"
#include "session/Session.h"
#include "store/Statement.h"

#include <catch2/catch.hpp>

using namespace majakka;

TEST_CASE("a new database records the release that made it", "[packaging][version]")
{
    test::TemporaryFolder folder;
    const auto path = folder / "office.db";
    Session::create(path, "anna", "version test passphrase", crypto::KdfParams::forTests()).reset();

    const auto session = Session::unlock(path, std::nullopt, "version test passphrase");
    store::Statement query(session->database(), "SELECT value FROM meta WHERE key = 'created_by'");
    REQUIRE(query.step());
    CHECK(query.columnText(0) == std::string("Majakka ") + Version);
    CHECK(std::string(Version) == MAJAKKA_PROJECT_VERSION);
}
