#include "ui/users/UsersPage.h"

#include "session/Session.h"
#include "session/UserAdministration.h"
#include "support/CaseworkFixture.h"
#include "support/KeyboardDriver.h"
#include "support/UiDriver.h"
#include "ui/main/HomePage.h"
#include "ui/main/MainActions.h"
#include "ui/main/MainWindow.h"
#include "ui/users/AddUserDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QTableWidget>
#include <QTest>
#include <QWindow>
#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {
std::optional<domain::User> userNamed(CaseworkFixture& fixture, const std::string& name)
{
    for (const domain::User& user : UserAdministration(*fixture.controller().session()).users()) {
        if (user.name == name) {
            return user;
        }
    }
    return std::nullopt;
}
} // namespace

TEST_CASE("an administrator adds a user, who can then sign in with the role given", "[ui][users]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Administrator));
    MainWindow* window = fixture.window();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
    REQUIRE(window->currentPage() == MainWindow::UsersPageIndex);
    UsersPage* page = window->usersPage();
    REQUIRE(waitUntil([&] { return page->table()->rowCount() == 3; }));

    click(child<QAbstractButton>(page, "addUserPageButton"));
    QPointer<AddUserDialog> dialog = page->addDialog();
    REQUIRE(dialog);
    REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
    dialog->windowHandle()->requestActivate();
    REQUIRE(waitUntil([&] { return QGuiApplication::focusWindow() == dialog->windowHandle(); }));
    auto* add = child<QAbstractButton>(dialog, "addUserButton");
    typeInto(child<QLineEdit>(dialog, "newUserNameEdit"), QStringLiteral("olli"));
    auto* role = child<QComboBox>(dialog, "newUserRoleBox");
    role->setFocus();
    typeText(QStringLiteral("Off")); // Office worker
    auto* office = child<QComboBox>(dialog, "newUserOfficeBox");
    office->setFocus();
    typeText(QStringLiteral("Ou")); // Oulu
    typeInto(child<QLineEdit>(dialog, "newUserPassphraseEdit"), QStringLiteral("short"));
    CHECK_FALSE(add->isEnabled());
    replaceText(child<QLineEdit>(dialog, "newUserPassphraseEdit"), CaseworkFixture::Passphrase);
    typeInto(child<QLineEdit>(dialog, "newUserRepeatEdit"), CaseworkFixture::Passphrase);
    REQUIRE(add->isEnabled());
    QTest::keyClick(child<QLineEdit>(dialog, "newUserRepeatEdit"), Qt::Key_Return);

    REQUIRE(waitUntil([&] { return dialog.isNull() || !dialog->isVisible(); }));
    REQUIRE(waitUntil([&] { return page->table()->rowCount() == 4; }));
    const auto olli = userNamed(fixture, "olli");
    REQUIRE(olli);
    CHECK(olli->role == domain::Role::OfficeWorker);
    CHECK(olli->office == domain::Office::Oulu);

    fixture.controller().lock();
    REQUIRE(fixture.unlockAs(QStringLiteral("olli")));
    CHECK(fixture.window()->homePage()->signedInText()
          == QStringLiteral("Signed in as olli (office worker)"));
}

TEST_CASE("a caseworker does not see the users screen", "[ui][users]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    MainWindow* window = fixture.window();
    CHECK_FALSE(window->actions()->users->isVisible());
    CHECK_FALSE(window->actions()->users->isEnabled());
    auto* navigation = child<QListWidget>(window, "navigationList");
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->text() == QStringLiteral("Users")) {
            CHECK(navigation->item(row)->isHidden());
        }
    }
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
    window->showUsers();
    window->showPage(MainWindow::UsersPageIndex);
    CHECK(window->currentPage() != MainWindow::UsersPageIndex);
    CHECK(window->usersPage()->table()->rowCount() == 0);
}
