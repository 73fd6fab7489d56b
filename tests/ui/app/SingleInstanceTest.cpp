#include "crypto/PassphraseKdf.h"
#include "session/Session.h"
#include "support/DesktopFixture.h"
#include "support/UiDriver.h"
#include "ui/app/DatabaseClaim.h"
#include "ui/app/FileHandoff.h"
#include "ui/unlock/UnlockDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
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

namespace {
// The id of a process that has ended: what a lock file left by a crash holds.
qint64 endedProcessId()
{
    QProcess process;
    process.start(QStringLiteral("/bin/true"), {});
    REQUIRE(process.waitForStarted());
    const qint64 id = process.processId();
    REQUIRE(process.waitForFinished());
    return id;
}

// A lock file's contents as QLockFile wrote them, with another process id.
void rewriteProcessId(const QString& lockFile, const QByteArray& contents, qint64 processId)
{
    QFile file(lockFile);
    // Truncated in place: the same file, still locked by whoever holds it.
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray::number(processId) + contents.mid(contents.indexOf('\n')));
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
} // namespace

TEST_CASE("a claim left by a program that crashed is taken over", "[ui][app]")
{
    QTemporaryDir folder;
    const QString database = QDir(folder.path()).filePath(QStringLiteral("office.db"));
    const QString lockFile = DatabaseClaim::lockFileFor(database);
    QByteArray contents;
    {
        DatabaseClaim crashed;
        REQUIRE(crashed.claim(database));
        contents = contentsOf(lockFile);
    }
    // The file stays behind with the id of a process that no longer runs.
    rewriteProcessId(lockFile, contents, endedProcessId());

    DatabaseClaim next;
    CHECK(next.claim(database));
    CHECK(contentsOf(lockFile).startsWith(QByteArray::number(QCoreApplication::applicationPid()) + '\n'));
}

TEST_CASE("a live claim holds even when its holder's process id cannot be seen", "[ui][app]")
{
    // Two Flatpak instances run in process-id namespaces of their own: to each,
    // the other's id in the lock file looks like a process that has ended.
    QTemporaryDir folder;
    const QString database = QDir(folder.path()).filePath(QStringLiteral("office.db"));
    DatabaseClaim holder;
    REQUIRE(holder.claim(database));
    const QString lockFile = DatabaseClaim::lockFileFor(database);
    rewriteProcessId(lockFile, contentsOf(lockFile), endedProcessId());

    DatabaseClaim other;
    CHECK_FALSE(other.claim(database));
    holder.release();
    CHECK(other.claim(database));
}

TEST_CASE("in a Flatpak sandbox the claims live in the runtime folder all its instances share", "[ui][app]")
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString shared = QDir(runtime).filePath(QStringLiteral("app/fi.majakka.Majakka"));
    const QString database = QStringLiteral("/srv/office.db");
    CHECK(QFileInfo(DatabaseClaim::lockFileFor(database)).absolutePath() == runtime);

    qputenv("FLATPAK_ID", "fi.majakka.Majakka");
    // Flatpak makes the folder; without it the claim stays where it was.
    CHECK(QFileInfo(DatabaseClaim::lockFileFor(database)).absolutePath() == runtime);
    REQUIRE(QDir().mkpath(shared));
    CHECK(QFileInfo(DatabaseClaim::lockFileFor(database)).absolutePath() == shared);
    CHECK(QFileInfo(FileHandoff::socketFor(database)).absolutePath() == shared);
    qunsetenv("FLATPAK_ID");
    QDir(shared).removeRecursively();
}
