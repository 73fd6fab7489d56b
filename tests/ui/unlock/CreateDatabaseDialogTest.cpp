#include "ui/unlock/CreateDatabaseDialog.h"

#include "crypto/PassphraseKdf.h"
#include "session/Session.h"
#include "support/DesktopFixture.h"
#include "support/UiDriver.h"
#include "ui/app/AppSettings.h"
#include "ui/main/HomePage.h"
#include "ui/main/MainWindow.h"
#include "ui/unlock/UnlockDialog.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace majakka::ui;
using namespace majakka::ui::test;

TEST_CASE("first run creates a database through the dialog and shows who is signed in", "[ui][unlock]")
{
    DesktopFixture fixture;
    fixture.controller().start();
    CreateDatabaseDialog* dialog = fixture.controller().createDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    REQUIRE(fixture.controller().unlockDialog() == nullptr);
    CHECK(child<QLineEdit>(dialog, "databasePathEdit")->text() == fixture.databasePath());

    fillCreateDialog(*dialog, DesktopFixture::Name, DesktopFixture::Passphrase, DesktopFixture::Passphrase);
    auto* create = child<QPushButton>(dialog, "createButton");
    REQUIRE(create->isEnabled());
    click(create);

    REQUIRE(waitUntil([&] { return isShownAndUnlocked(fixture.controller()); }));
    MainWindow* window = fixture.controller().mainWindow();
    CHECK(window->homePage()->signedInText() == QStringLiteral("Signed in as aino (administrator)"));
    CHECK(fixture.controller().createDialog() == nullptr);
    CHECK(QFile::exists(fixture.databasePath()));
    CHECK(QFile::exists(fixture.databasePath() + QStringLiteral(".keys")));
}

TEST_CASE("settings hold the last database but no user name", "[ui][settings]")
{
    DesktopFixture fixture;
    fixture.controller().start();
    REQUIRE(createDatabaseThroughUi(fixture.controller(), DesktopFixture::Name, DesktopFixture::Passphrase));
    fixture.controller().lock();

    QSettings settings;
    const QStringList allowed {QStringLiteral("session/lastDatabase"),
                               QStringLiteral("ui/language"),
                               QStringLiteral("ui/mainWindowGeometry")};
    for (const QString& key : settings.allKeys()) {
        INFO(key.toStdString());
        CHECK(allowed.contains(key));
        CHECK_FALSE(settings.value(key).toString().contains(DesktopFixture::Name));
    }
    CHECK(AppSettings().lastDatabase() == fixture.databasePath());
}

TEST_CASE("the create button stays disabled until the form is acceptable", "[ui][unlock]")
{
    DesktopFixture fixture;
    fixture.controller().start();
    CreateDatabaseDialog* dialog = fixture.controller().createDialog();
    REQUIRE(dialog);
    auto* create = child<QPushButton>(dialog, "createButton");
    auto* mismatch = child<QLabel>(dialog, "mismatchLabel");
    auto* hint = child<QLabel>(dialog, "strengthHint");

    CHECK_FALSE(create->isEnabled());

    SECTION("passphrases that do not match")
    {
        fillCreateDialog(*dialog,
                         DesktopFixture::Name,
                         QStringLiteral("long enough words"),
                         QStringLiteral("long enough wordz"));
        CHECK_FALSE(create->isEnabled());
        CHECK_FALSE(mismatch->isHidden());
        CHECK(mismatch->text() == QStringLiteral("The passphrases do not match."));

        replaceText(child<QLineEdit>(dialog, "repeatPassphraseEdit"), QStringLiteral("long enough words"));
        CHECK(mismatch->isHidden());
        CHECK(create->isEnabled());
    }
    SECTION("a passphrase shorter than ten characters")
    {
        fillCreateDialog(
            *dialog, DesktopFixture::Name, QStringLiteral("nine char"), QStringLiteral("nine char"));
        CHECK_FALSE(create->isEnabled());
        CHECK(hint->text().startsWith(QStringLiteral("Too short")));

        fillCreateDialog(
            *dialog, DesktopFixture::Name, QStringLiteral("ten chars!"), QStringLiteral("ten chars!"));
        CHECK(create->isEnabled());
        CHECK(hint->text().startsWith(QStringLiteral("Strength:")));
    }
    SECTION("no administrator name")
    {
        fillCreateDialog(*dialog, QString(), DesktopFixture::Passphrase, DesktopFixture::Passphrase);
        CHECK_FALSE(create->isEnabled());
    }
    SECTION("a location where a database already exists")
    {
        QFile existing(fixture.databasePath());
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.close();
        fillCreateDialog(
            *dialog, DesktopFixture::Name, DesktopFixture::Passphrase, DesktopFixture::Passphrase);
        replaceText(child<QLineEdit>(dialog, "databasePathEdit"), fixture.databasePath());
        CHECK_FALSE(create->isEnabled());
        CHECK_FALSE(child<QLabel>(dialog, "pathProblemLabel")->isHidden());
    }
}

TEST_CASE("the strength hint is words, not only colour", "[ui][unlock]")
{
    DesktopFixture fixture;
    fixture.controller().start();
    CreateDatabaseDialog* dialog = fixture.controller().createDialog();
    REQUIRE(dialog);
    auto* hint = child<QLabel>(dialog, "strengthHint");
    replaceText(child<QLineEdit>(dialog, "passphraseEdit"), QStringLiteral("aaaaaaaaaa"));
    CHECK(hint->text().startsWith(QStringLiteral("Strength: weak")));
    replaceText(child<QLineEdit>(dialog, "passphraseEdit"),
                QStringLiteral("Kuusi kaunista Järveä ja 42 saarta!"));
    CHECK(hint->text() == QStringLiteral("Strength: strong."));
}

TEST_CASE("cancelling a create dialog opened from the unlock dialog goes back to it", "[ui][unlock]")
{
    DesktopFixture fixture;
    fixture.controller().start();
    REQUIRE(createDatabaseThroughUi(fixture.controller(), DesktopFixture::Name, DesktopFixture::Passphrase));
    fixture.controller().lock();
    UnlockDialog* unlock = fixture.controller().unlockDialog();
    REQUIRE(unlock);

    click(child<QPushButton>(unlock, "createNewButton"));
    CreateDatabaseDialog* create = fixture.controller().createDialog();
    REQUIRE(create);
    // The suggestion does not reuse the name of the database beside it.
    CHECK(child<QLineEdit>(create, "databasePathEdit")->text().endsWith(QStringLiteral("majakka-2.db")));

    QTest::keyClick(create, Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return fixture.controller().unlockDialog() != nullptr; }));
    CHECK(fixture.controller().createDialog() == nullptr);
    CHECK(fixture.controller().unlockDialog()->databasePath() == fixture.databasePath());
}

TEST_CASE("while the passphrase is stretched the dialog is busy and cannot be cancelled", "[ui][unlock]")
{
    QTemporaryDir folder;
    std::atomic<bool> release {false};
    // Stands in for a slow Argon2id: the worker waits until the test lets it go.
    auto slowKdf = [&release] {
        while (!release) {
            std::this_thread::sleep_for(5ms);
        }
        return majakka::crypto::KdfParams::forTests();
    };
    // Lets the worker go even when a check below fails, so the thread pool can finish.
    struct ReleaseAtExit
    {
        std::atomic<bool>& flag;
        ~ReleaseAtExit() { flag = true; }
    } releaseAtExit {release};
    CreateDatabaseDialog dialog(QDir(folder.path()).filePath(QStringLiteral("busy.db")), slowKdf);
    dialog.show();
    fillCreateDialog(dialog, DesktopFixture::Name, DesktopFixture::Passphrase, DesktopFixture::Passphrase);
    QSignalSpy opened(&dialog, &CreateDatabaseDialog::sessionOpened);
    click(child<QPushButton>(&dialog, "createButton"));

    CHECK(dialog.isBusy());
    CHECK_FALSE(child<QPushButton>(&dialog, "createButton")->isEnabled());
    CHECK_FALSE(child<QLineEdit>(&dialog, "passphraseEdit")->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(dialog.isVisible());

    release = true;
    REQUIRE(waitUntil([&] { return opened.count() == 1; }));
    CHECK_FALSE(dialog.isBusy());
    auto session = dialog.takeSession();
    REQUIRE(session);
    CHECK(session->user().name == "aino");
    // The passphrase does not stay in the fields once it has done its work.
    CHECK(child<QLineEdit>(&dialog, "passphraseEdit")->text().isEmpty());
    CHECK(child<QLineEdit>(&dialog, "repeatPassphraseEdit")->text().isEmpty());
}

TEST_CASE("every input has an accessible name and a label pointing to it", "[ui][unlock][a11y]")
{
    DesktopFixture fixture;
    fixture.controller().start();
    REQUIRE(createDatabaseThroughUi(fixture.controller(), DesktopFixture::Name, DesktopFixture::Passphrase));
    fixture.controller().lock();
    QTemporaryDir other;
    CreateDatabaseDialog create(QDir(other.path()).filePath(QStringLiteral("x.db")), {});

    for (QWidget* dialog :
         {static_cast<QWidget*>(fixture.controller().unlockDialog()), static_cast<QWidget*>(&create)}) {
        REQUIRE(dialog);
        const QList<QLabel*> labels = dialog->findChildren<QLabel*>();
        for (QLineEdit* edit : dialog->findChildren<QLineEdit*>()) {
            INFO(edit->objectName().toStdString());
            CHECK_FALSE(edit->accessibleName().isEmpty());
            CHECK(std::any_of(
                labels.begin(), labels.end(), [edit](QLabel* label) { return label->buddy() == edit; }));
        }
    }
}
