#include "session/Session.h"
#include "sync/SyncDriver.h"
#include "sync/SyncService.h"
#include "ui/main/MainWindow.h"
#include "ui/record/ClientRecordPage.h"
#include "ui/sync/ConflictModel.h"
#include "ui/sync/ConflictsDialog.h"
#include "ui/sync/ConflictsPage.h"
#include "ui/sync/RecordConflictsPanel.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {

// The office and the laptop both change the client's family name, then the
// office imports the laptop's package: a conflict of two values.
void makeConflict(SyncFixture& fixture)
{
    const QString package = fixture.laptopPackage("Laptopinen");
    {
        auto office = fixture.openOffice(SyncFixture::Caseworker);
        SyncFixture::changeFamilyName(*office, "Toimistolainen");
        const sync::ImportReport report = sync::SyncService(*office).importFrom(package.toStdString(), false);
        REQUIRE(report.conflicts.size() == 1);
    }
}

QStringList rowTexts(const ConflictModel* model, const QModelIndex& parent, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        out.append(model->index(row, column, parent).data().toString());
    }
    return out;
}

} // namespace

TEST_CASE("the conflicts page shows both values in words and Keep mine keeps this device's", "[ui][sync]")
{
    SyncFixture fixture;
    makeConflict(fixture);
    REQUIRE(fixture.unlockAs(SyncFixture::Caseworker));
    fixture.sync().conflictsAction()->trigger();
    ConflictsDialog* dialog = fixture.sync().conflictsDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    ConflictsPage* page = dialog->page();
    const ConflictModel* model = page->model();
    REQUIRE(model->rowCount() == 1);
    const QModelIndex conflict = model->index(0, 0);
    // The record as people know it (its number and name, not its id) and the field in words.
    const QString title = model->index(0, ConflictModel::ConflictColumn).data().toString();
    CHECK(title.contains(QStringLiteral("Toimistolainen")));
    CHECK(title.endsWith(QStringLiteral(" — Family name")));
    REQUIRE(model->rowCount(conflict) == 2);
    const QStringList values = rowTexts(model, conflict, ConflictModel::ConflictColumn);
    CHECK(values.filter(QStringLiteral("Toimistolainen")).size() == 1);
    CHECK(values.filter(QStringLiteral("Laptopinen")).size() == 1);
    // Exactly one is marked as the value shown now, in words.
    CHECK(values.filter(QStringLiteral("(shown now)")).size() == 1);
    const QStringList devices = rowTexts(model, conflict, ConflictModel::DeviceColumn);
    CHECK(devices.contains(QStringLiteral("This device (Office desktop)")));
    CHECK(devices.contains(QStringLiteral("Kaisa's laptop")));
    CHECK(rowTexts(model, conflict, ConflictModel::AuthorColumn)
          == QStringList({QStringLiteral("kaisa"), QStringLiteral("kaisa")}));

    // A click on the conflict, then Keep mine.
    QTreeView* view = page->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(conflict).center());
    REQUIRE(page->keepMineButton()->isEnabled());
    REQUIRE(page->takeTheirsButton()->isEnabled());
    click(page->keepMineButton());
    CHECK(model->rowCount() == 0);
    CHECK(page->findChild<QLabel*>(QStringLiteral("noConflictsLabel"))->isVisible());

    Session& office = *fixture.controller().session();
    CHECK(SyncFixture::familyName(office) == "Toimistolainen");
    CHECK(sync::SyncService(office).conflicts().empty());

    // The choice is a change like any other: it reaches the laptop, which then agrees.
    const std::string out = (fixture.folder() + QStringLiteral("/resolved.majakka-sync")).toStdString();
    sync::SyncService(office).exportTo(SyncFixture::LaptopName, std::nullopt, out);
    auto laptop = fixture.openLaptop();
    sync::SyncService(*laptop).importFrom(out, false);
    CHECK(SyncFixture::familyName(*laptop) == "Toimistolainen");
    CHECK(sync::SyncService(*laptop).conflicts().empty());
}

TEST_CASE("the record page shows its conflict beside the tabs and Take theirs takes the other value",
          "[ui][sync][record]")
{
    SyncFixture fixture;
    makeConflict(fixture);
    REQUIRE(fixture.unlockAs(SyncFixture::Caseworker));
    MainWindow* window = fixture.window();
    ClientRecordPage* page = window->openClient(QString::fromStdString(SyncFixture::clientId()));
    REQUIRE(page);
    auto* panel = page->findChild<RecordConflictsPanel*>();
    REQUIRE(panel);
    CHECK(panel->isVisible());
    CHECK(panel->conflictCount() == 1);
    auto* field = panel->findChild<QLabel*>(QStringLiteral("recordConflictField"));
    auto* text = panel->findChild<QLabel*>(QStringLiteral("recordConflictText"));
    REQUIRE(field);
    REQUIRE(text);
    CHECK(field->text() == QStringLiteral("Family name"));
    CHECK(text->text().startsWith(
        QStringLiteral("Here: “Toimistolainen” (kaisa, This device (Office desktop), ")));
    CHECK(text->text().contains(QStringLiteral("\nElsewhere: “Laptopinen” (kaisa, Kaisa's laptop, ")));

    click(panel->findChild<QPushButton*>(QStringLiteral("panelTakeTheirsButton")));
    // The page is opened again with the value kept, and no conflict.
    REQUIRE(waitUntil([&] {
        ClientRecordPage* current = window->currentRecord();
        return current && current != page && current->title().contains(QStringLiteral("Laptopinen"));
    }));
    ClientRecordPage* reopened = window->currentRecord();
    auto* fresh = reopened->findChild<RecordConflictsPanel*>();
    REQUIRE(fresh);
    CHECK(fresh->conflictCount() == 0);
    CHECK_FALSE(fresh->isVisible());
    CHECK(SyncFixture::familyName(*fixture.controller().session()) == "Laptopinen");
}

TEST_CASE("a record without conflicts shows no conflicts panel", "[ui][sync][record]")
{
    SyncFixture fixture;
    REQUIRE(fixture.unlockAs(SyncFixture::Caseworker));
    ClientRecordPage* page = fixture.window()->openClient(QString::fromStdString(SyncFixture::clientId()));
    REQUIRE(page);
    auto* panel = page->findChild<RecordConflictsPanel*>();
    REQUIRE(panel);
    CHECK(panel->conflictCount() == 0);
    CHECK_FALSE(panel->isVisible());
}

TEST_CASE("with values from two other devices, the value selected is kept", "[ui][sync]")
{
    SyncFixture fixture;
    const QString fromLaptop = fixture.laptopPackage("Laptopinen");
    const QString fromTablet = fixture.tabletPackage("Tablettinen");
    {
        auto office = fixture.openOffice(SyncFixture::Caseworker);
        sync::SyncService sync(*office);
        sync.importFrom(fromLaptop.toStdString(), false);
        REQUIRE(sync.importFrom(fromTablet.toStdString(), false).conflicts.size() == 1);
    }
    REQUIRE(fixture.unlockAs(SyncFixture::Caseworker));
    fixture.sync().conflictsAction()->trigger();
    ConflictsPage* page = fixture.sync().conflictsDialog()->page();
    const ConflictModel* model = page->model();
    REQUIRE(model->rowCount() == 1);
    const QModelIndex conflict = model->index(0, 0);
    REQUIRE(model->rowCount(conflict) == 2);
    QStringList devices = rowTexts(model, conflict, ConflictModel::DeviceColumn);
    devices.sort();
    CHECK(devices == QStringList({QStringLiteral("Kaisa's laptop"), QStringLiteral("Kaisa's tablet")}));

    // Neither value was made here, and "theirs" names two: only a chosen value can be kept.
    page->view()->setCurrentIndex(conflict);
    CHECK_FALSE(page->keepMineButton()->isEnabled());
    CHECK_FALSE(page->takeTheirsButton()->isEnabled());
    CHECK_FALSE(page->keepSelectedButton()->isEnabled());
    const QStringList values = rowTexts(model, conflict, ConflictModel::ConflictColumn);
    const auto tablet
        = static_cast<int>(values.indexOf(QRegularExpression(QStringLiteral("^Tablettinen.*"))));
    REQUIRE(tablet >= 0);
    QTreeView* view = page->view();
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {}, view->visualRect(model->index(tablet, 0, conflict)).center());
    REQUIRE(page->keepSelectedButton()->isEnabled());
    click(page->keepSelectedButton());
    CHECK(model->rowCount() == 0);
    CHECK(SyncFixture::familyName(*fixture.controller().session()) == "Tablettinen");
}

TEST_CASE("a supervisor sees conflicts but cannot resolve them", "[ui][sync]")
{
    SyncFixture fixture;
    makeConflict(fixture);
    REQUIRE(fixture.unlockAs(SyncFixture::Supervisor));
    fixture.sync().conflictsAction()->trigger();
    ConflictsPage* page = fixture.sync().conflictsDialog()->page();
    REQUIRE(page->model()->rowCount() == 1);
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    CHECK_FALSE(page->keepMineButton()->isEnabled());
    CHECK_FALSE(page->takeTheirsButton()->isEnabled());
    CHECK_FALSE(page->keepSelectedButton()->isEnabled());
    CHECK(page->findChild<QLabel*>(QStringLiteral("conflictsRoleNote"))->isVisible());
}
