#include "record/RecordFinder.h"
#include "support/CaseworkFixture.h"
#include "support/UiDriver.h"
#include "ui/common/DateEdit.h"
#include "ui/main/MainWindow.h"
#include "ui/record/ClientRecordPage.h"
#include "ui/record/MeasureDialog.h"
#include "ui/record/MeasuresTab.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {

struct OpenRecord
{
    std::string id;
    ClientRecordPage* page = nullptr;
};

OpenRecord openClientWithMeasure(CaseworkFixture& fixture)
{
    ClientService clients = fixture.service();
    const auto id = clientWithMeasure(clients);
    REQUIRE(id);
    MainWindow* window = fixture.window();
    ClientRecordPage* page = window->openClient(QString::fromStdString(*id));
    REQUIRE(page != nullptr);
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    return {*id, page};
}

// Selects the first measure with a click and opens it with F2.
MeasureDialog* editFirstMeasure(MainWindow* window, ClientRecordPage* page)
{
    page->tabs()->setCurrentIndex(ClientRecordPage::MeasuresTabIndex);
    QTableWidget* table = page->measuresTab()->table();
    REQUIRE(table->rowCount() > 0);
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 0)).center());
    REQUIRE(page->measuresTab()->hasSelection());
    QTest::keyClick(window, Qt::Key_F2);
    MeasureDialog* dialog = nullptr;
    REQUIRE(waitUntil([&] {
        dialog = page->findChild<MeasureDialog*>();
        return dialog && dialog->isVisible();
    }));
    return dialog;
}

} // namespace

TEST_CASE("a support measure is edited through its dialog, and undo and redo go through the core",
          "[ui][record]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    MainWindow* window = fixture.window();
    const OpenRecord open = openClientWithMeasure(fixture);
    const std::string before = fixture.service().show(open.id).measures.at(0).note;

    QPointer<MeasureDialog> dialog = editFirstMeasure(window, open.page);
    replaceText(child<QLineEdit>(dialog, "measureNoteEdit"), QStringLiteral("Moved to a new shelter"));
    click(child<QAbstractButton>(dialog, "measureOkButton"));
    REQUIRE(waitUntil([&] { return dialog.isNull() || !dialog->isVisible(); }));
    CHECK(fixture.service().show(open.id).measures.at(0).note == "Moved to a new shelter");
    CHECK(open.page->measuresTab()->table()->item(0, 6)->text() == QStringLiteral("Moved to a new shelter"));
    CHECK(window->undoAction()->isEnabled());
    CHECK(window->undoAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Z));

    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(fixture.service().show(open.id).measures.at(0).note == before);
    CHECK(open.page->measuresTab()->table()->item(0, 6)->text() == QString::fromStdString(before));

    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(fixture.service().show(open.id).measures.at(0).note == "Moved to a new shelter");
}

TEST_CASE("a rule the core refuses is shown beside its field and nothing is saved", "[ui][record]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    MainWindow* window = fixture.window();
    const OpenRecord open = openClientWithMeasure(fixture);
    const domain::ClientRecord before = fixture.service().show(open.id);

    MeasureDialog* dialog = editFirstMeasure(window, open.page);
    auto* status = child<QComboBox>(dialog, "measureStatusCombo");
    status->setCurrentIndex(status->findData(static_cast<int>(domain::MeasureStatus::Active)));

    SECTION("the end before the start is caught as it is typed")
    {
        replaceText(child<QLineEdit>(dialog, "measureStartEdit"), QStringLiteral("2024-05-10"));
        replaceText(child<QLineEdit>(dialog, "measureEndEdit"), QStringLiteral("2024-05-01"));
        CHECK_FALSE(dialog->errorText(QStringLiteral("end")).isEmpty());
        CHECK_FALSE(child<QAbstractButton>(dialog, "measureOkButton")->isEnabled());
    }
    SECTION("an active measure cannot start in the future: the core says so beside the start")
    {
        const QDate future = QDate::currentDate().addYears(1);
        replaceText(child<QLineEdit>(dialog, "measureStartEdit"), future.toString(Qt::ISODate));
        replaceText(child<QLineEdit>(dialog, "measureEndEdit"), QString());
        CHECK(dialog->errorText(QStringLiteral("start")).isEmpty());
        click(child<QAbstractButton>(dialog, "measureOkButton"));
        CHECK(dialog->isVisible());
        CHECK_FALSE(dialog->errorText(QStringLiteral("start")).isEmpty());
        CHECK(dialog->errorText(QString()).isEmpty());
        CHECK_FALSE(window->undoAction()->isEnabled());
    }
    CHECK(fixture.service().show(open.id) == before);

    // Esc cancels.
    QPointer<MeasureDialog> guard(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK(waitUntil([&] { return guard.isNull() || !guard->isVisible(); }));
    CHECK(fixture.service().show(open.id) == before);
}

TEST_CASE("a supervisor reads a record with every edit action disabled", "[ui][record][roles]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Supervisor));
    MainWindow* window = fixture.window();
    const OpenRecord open = openClientWithMeasure(fixture);
    open.page->tabs()->setCurrentIndex(ClientRecordPage::MeasuresTabIndex);
    CHECK_FALSE(open.page->mayEdit());
    CHECK_FALSE(window->addMeasureAction()->isEnabled());
    CHECK_FALSE(window->editMeasureAction()->isEnabled());
    CHECK_FALSE(window->removeMeasureAction()->isEnabled());
    CHECK_FALSE(window->undoAction()->isEnabled());
    CHECK_FALSE(child<QAbstractButton>(open.page, "addMeasureButton")->isEnabled());
    CHECK_FALSE(child<QAbstractButton>(open.page, "editMeasureButton")->isEnabled());
    CHECK(child<QWidget>(open.page, "measuresReadOnlyNote")->isVisible());
    // F2 opens nothing.
    QTest::keyClick(window, Qt::Key_F2);
    CHECK(open.page->findChild<MeasureDialog*>() == nullptr);
}

TEST_CASE("a language switch relabels the open record", "[ui][record][i18n]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    const OpenRecord open = openClientWithMeasure(fixture);
    CHECK(open.page->tabs()->tabText(ClientRecordPage::OverviewTab) == QStringLiteral("Overview"));
    const auto overviewTab = [&] {
        return open.page->tabs()->tabText(ClientRecordPage::OverviewTab);
    };
    // The language change reaches the widgets as posted events.
    fixture.languages().choose(QStringLiteral("fi"));
    CHECK(waitUntil([&] { return overviewTab() == QStringLiteral("Yleiskatsaus"); }, 5s));
    CHECK(open.page->measuresTab()->table()->horizontalHeaderItem(0)->text() == QStringLiteral("Palvelu"));
    fixture.languages().choose(QStringLiteral("sv"));
    CHECK(waitUntil([&] { return overviewTab() == QStringLiteral("Översikt"); }, 5s));
    fixture.languages().choose(QStringLiteral("en"));
    CHECK(waitUntil([&] { return overviewTab() == QStringLiteral("Overview"); }, 5s));
}
