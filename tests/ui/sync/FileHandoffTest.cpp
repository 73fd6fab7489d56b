#include "ui/app/FileHandoff.h"

#include "crypto/PassphraseKdf.h"
#include "sync/SyncDriver.h"
#include "ui/app/CommandLine.h"
#include "ui/app/DesktopController.h"
#include "ui/unlock/UnlockDialog.h"

#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <catch2/catch.hpp>
#include <memory>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {

// Another Majakka program, as the file manager starts it: `majakka --db DB FILE`.
std::unique_ptr<DesktopController>
programWithFile(const QString& database, const QString& file, LanguageManager& languages)
{
    DesktopController::Options options;
    options.databasePath = database;
    options.syncFile = file;
    options.kdf = [] {
        return crypto::KdfParams::forTests();
    };
    return std::make_unique<DesktopController>(std::move(options), languages);
}

bool showsPreviewOf(SyncFixture& fixture, const QString& file)
{
    ImportPreviewDialog* preview = fixture.sync().importFlow().dialog();
    return preview && preview->isVisible() && preview->file() == file && preview->reportView()->report();
}

} // namespace

TEST_CASE("the command line takes a sync package after the options", "[ui][sync][app]")
{
    const CommandLine line = CommandLine::parse({QStringLiteral("majakka"),
                                                 QStringLiteral("--db"),
                                                 QStringLiteral("/tmp/a.db"),
                                                 QStringLiteral("p.majakka-sync")});
    CHECK(line.databasePath == QStringLiteral("/tmp/a.db"));
    CHECK(line.syncFile == QDir::current().absoluteFilePath(QStringLiteral("p.majakka-sync")));
    CHECK(CommandLine::parse({QStringLiteral("majakka")}).syncFile.isEmpty());
}

TEST_CASE("a sync package given on the command line opens its import preview after unlocking",
          "[ui][sync][app]")
{
    SyncFixture fixture;
    const QString package = fixture.laptopPackage("Laptopinen");
    auto program = programWithFile(fixture.officePath(), package, fixture.languages());
    program->start();
    UnlockDialog* unlock = program->unlockDialog();
    REQUIRE(unlock);
    replaceText(child<QLineEdit>(unlock, "userNameEdit"), SyncFixture::Caseworker);
    submitUnlock(*unlock, SyncFixture::Passphrase);
    REQUIRE(waitUntil([&] {
        SyncActions* sync = program->syncActions();
        ImportPreviewDialog* preview = sync ? sync->importFlow().dialog() : nullptr;
        return preview && preview->isVisible() && preview->reportView()->report();
    }));
    CHECK(program->syncActions()->importFlow().dialog()->reportView()->countText("changed")
          == QStringLiteral("1"));
}

TEST_CASE("a second program started with a sync package hands it to the window that has the database",
          "[ui][sync][app]")
{
    SyncFixture fixture;
    const QString package = fixture.laptopPackage("Laptopinen");
    REQUIRE(fixture.unlockAs(SyncFixture::Caseworker));
    REQUIRE(fixture.controller().fileHandoff().isListening());

    auto second = programWithFile(fixture.officePath(), package, fixture.languages());
    QSignalSpy quit(second.get(), &DesktopController::quitRequested);
    second->start();
    REQUIRE(waitUntil([&] { return quit.count() == 1; }));
    // It asked for no passphrase and showed nothing of its own.
    CHECK(second->unlockDialog() == nullptr);
    CHECK(second->databaseInUseNotice() == nullptr);
    REQUIRE(waitUntil([&] { return showsPreviewOf(fixture, package); }));
}

TEST_CASE("a package handed to a locked window waits for the unlock", "[ui][sync][app]")
{
    SyncFixture fixture;
    const QString package = fixture.laptopPackage("Laptopinen");
    REQUIRE(fixture.unlockAs(SyncFixture::Caseworker));
    fixture.controller().lock();

    auto second = programWithFile(fixture.officePath(), package, fixture.languages());
    QSignalSpy quit(second.get(), &DesktopController::quitRequested);
    second->start();
    REQUIRE(waitUntil([&] { return quit.count() == 1; }));
    CHECK(fixture.sync().importFlow().dialog() == nullptr);

    REQUIRE(fixture.unlockAs(SyncFixture::Caseworker));
    REQUIRE(waitUntil([&] { return showsPreviewOf(fixture, package); }));
}

TEST_CASE("when the window with the database does not answer, the second program says so", "[ui][sync][app]")
{
    SyncFixture fixture;
    const QString package = fixture.laptopPackage("Laptopinen");
    REQUIRE(fixture.unlockAs(SyncFixture::Caseworker));
    fixture.controller().fileHandoff().close();

    auto second = programWithFile(fixture.officePath(), package, fixture.languages());
    QSignalSpy quit(second.get(), &DesktopController::quitRequested);
    second->start();
    REQUIRE(waitUntil([&] { return second->databaseInUseNotice() != nullptr; }));
    CHECK(second->databaseInUseNotice()->text().contains(
        QStringLiteral("The sync package could not be passed to that window")));
    CHECK(quit.count() == 0);
}

TEST_CASE("a package that comes while another is previewed waits until that preview is closed",
          "[ui][sync][app]")
{
    SyncFixture fixture;
    const QString first = fixture.laptopPackage("Laptopinen");
    const QString second = fixture.tabletPackage("Tablettinen");
    REQUIRE(fixture.unlockAs(SyncFixture::Caseworker));
    fixture.sync().previewImport(first);
    REQUIRE(waitUntil([&] { return showsPreviewOf(fixture, first); }));

    fixture.sync().previewImport(second);
    CHECK(fixture.sync().importFlow().waitingFile() == second);
    CHECK(fixture.sync().importFlow().dialog()->file() == first);

    click(fixture.sync().importFlow().dialog()->closeButton());
    REQUIRE(waitUntil([&] { return showsPreviewOf(fixture, second); }));
    CHECK(fixture.sync().importFlow().waitingFile().isEmpty());
}
