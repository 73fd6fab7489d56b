#include "crypto/PassphraseKdf.h"
#include "session/Session.h"
#include "support/DesktopFixture.h"
#include "support/UiDriver.h"
#include "ui/app/DatabaseClaim.h"
#include "ui/unlock/UnlockDialog.h"

#include <QMessageBox>
#include <catch2/catch.hpp>
#include <memory>

using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {
// A second Majakka window on the same database: another controller in this
// process, which is what a second program is to the lock file and to SQLite.
std::unique_ptr<DesktopController> secondWindow(const QString& databasePath, LanguageManager& languages)
{
    DesktopController::Options options;
    options.databasePath = databasePath;
    options.kdf = [] {
        return majakka::crypto::KdfParams::forTests();
    };
    return std::make_unique<DesktopController>(std::move(options), languages);
}

bool showsInUseNotice(const DesktopController& controller)
{
    const QMessageBox* notice = controller.databaseInUseNotice();
    return notice && notice->isVisible()
        && notice->text().startsWith(
            QStringLiteral("This database is already open in another Majakka window"));
}
} // namespace

TEST_CASE("a second window on an open database says so before asking for a passphrase", "[ui][app]")
{
    DesktopFixture fixture;
    fixture.controller().start();
    REQUIRE(createDatabaseThroughUi(fixture.controller(), DesktopFixture::Name, DesktopFixture::Passphrase));

    auto second = secondWindow(fixture.databasePath(), fixture.languages());
    second->start();
    CHECK(showsInUseNotice(*second));
    // The unlock dialog stays, to open or create another database from.
    REQUIRE(second->unlockDialog());

    // Unlocking anyway meets the database's own lock, in words.
    submitUnlock(*second->unlockDialog(), DesktopFixture::Passphrase);
    REQUIRE(waitUntil([&] { return !second->unlockDialog()->errorText().isEmpty(); }));
    CHECK(second->unlockDialog()->errorText()
          == QStringLiteral("This database is open in another program. Close it there and try again."));
    CHECK(second->session() == nullptr);
    CHECK(isShownAndUnlocked(fixture.controller()));
}

TEST_CASE("a second window cannot take a database from a locked first one", "[ui][app]")
{
    DesktopFixture fixture;
    fixture.controller().start();
    REQUIRE(createDatabaseThroughUi(fixture.controller(), DesktopFixture::Name, DesktopFixture::Passphrase));
    fixture.controller().lock(); // closes the database: SQLite's lock is gone

    auto second = secondWindow(fixture.databasePath(), fixture.languages());
    second->start();
    REQUIRE(second->unlockDialog());
    second->databaseInUseNotice()->close();
    submitUnlock(*second->unlockDialog(), DesktopFixture::Passphrase);
    REQUIRE(waitUntil([&] { return showsInUseNotice(*second); }));
    CHECK(second->session() == nullptr);

    // The first window unlocks as before.
    submitUnlock(*fixture.controller().unlockDialog(), DesktopFixture::Passphrase);
    REQUIRE(waitUntil([&] { return isShownAndUnlocked(fixture.controller()); }));
}

TEST_CASE("a database is free again once the window that had it quits", "[ui][app]")
{
    DesktopFixture fixture;
    fixture.controller().start();
    REQUIRE(createDatabaseThroughUi(fixture.controller(), DesktopFixture::Name, DesktopFixture::Passphrase));
    const QString path = fixture.databasePath();
    {
        DatabaseClaim other;
        CHECK_FALSE(other.claim(path));
    }
    fixture.restart(QStringLiteral("/nonexistent/elsewhere.db"));

    DatabaseClaim other;
    CHECK(other.claim(path));
    CHECK(DatabaseClaim::lockFileFor(path).contains(QStringLiteral("majakka-")));
    CHECK_FALSE(DatabaseClaim::lockFileFor(path).contains(QStringLiteral("majakka.db")));
}
