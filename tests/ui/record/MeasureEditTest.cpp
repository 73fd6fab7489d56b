#include "record/RecordDriver.h"
#include "ui/record/dialogs/MeasureDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {

OpenRecord openClientWithMeasure(CaseworkFixture& fixture, const QString& user = CaseworkFixture::Caseworker)
{
    return signInAndOpen(
        fixture, user, [](const domain::ClientRecord& record) { return !record.measures.empty(); });
}

// Selects the first measure with a click and opens it with F2.
MeasureDialog* editFirstMeasure(const OpenRecord& open)
{
    showTab(open.page, ClientRecordPage::MeasuresTabIndex);
    clickRow(listPanel(open.page, "measure"), 0);
    QTest::keyClick(open.window, Qt::Key_F2);
    return shownDialog<MeasureDialog>(open.page);
}

} // namespace

TEST_CASE("a support measure is edited through its dialog, and undo and redo go through the core",
          "[ui][record]")
{
    CaseworkFixture fixture;
    const OpenRecord open = openClientWithMeasure(fixture);
    const std::string before = fixture.service().show(open.id).measures.at(0).note;

    QPointer<MeasureDialog> dialog = editFirstMeasure(open);
    replaceText(child<QLineEdit>(dialog, "note"), QStringLiteral("Moved to a new shelter"));
    click(dialog->okButton());
    REQUIRE(closed(dialog));
    QTableWidget* table = listPanel(open.page, "measure")->table();
    CHECK(fixture.service().show(open.id).measures.at(0).note == "Moved to a new shelter");
    CHECK(table->item(0, 6)->text() == QStringLiteral("Moved to a new shelter"));
    CHECK(open.window->undoAction()->isEnabled());
    CHECK(open.window->undoAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Z));
    CHECK(open.window->undoAction()->text() == QStringLiteral("&Undo: Edit support measure"));

    QTest::keyClick(open.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(fixture.service().show(open.id).measures.at(0).note == before);
    CHECK(table->item(0, 6)->text() == QString::fromStdString(before));

    QTest::keyClick(open.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(fixture.service().show(open.id).measures.at(0).note == "Moved to a new shelter");
}

TEST_CASE("a rule the core refuses is shown beside its field and nothing is saved", "[ui][record]")
{
    CaseworkFixture fixture;
    const OpenRecord open = openClientWithMeasure(fixture);
    const domain::ClientRecord before = fixture.service().show(open.id);

    MeasureDialog* dialog = editFirstMeasure(open);
    auto* status = child<QComboBox>(dialog, "status");
    status->setFocus();
    status->setCurrentIndex(status->findData(static_cast<int>(domain::MeasureStatus::Active)));

    SECTION("the end before the start is caught as it is typed")
    {
        replaceText(child<QLineEdit>(dialog, "start"), QStringLiteral("2024-05-10"));
        replaceText(child<QLineEdit>(dialog, "end"), QStringLiteral("2024-05-01"));
        CHECK(dialog->errorText(QStringLiteral("end"))
              == QStringLiteral("The end cannot be before the start."));
        CHECK_FALSE(dialog->okButton()->isEnabled());
    }
    SECTION("an active measure cannot start in the future: the core says so beside the start")
    {
        const QDate future = QDate::currentDate().addYears(1);
        replaceText(child<QLineEdit>(dialog, "start"), future.toString(Qt::ISODate));
        replaceText(child<QLineEdit>(dialog, "end"), QString());
        CHECK(dialog->errorText(QStringLiteral("start")).isEmpty());
        click(dialog->okButton());
        CHECK(dialog->isVisible());
        CHECK(dialog->errorText(QStringLiteral("start")).contains(QStringLiteral("measures[0].start")));
        CHECK(dialog->errorText(QString()).isEmpty());
        CHECK_FALSE(open.window->undoAction()->isEnabled());
    }
    CHECK(fixture.service().show(open.id) == before);

    CHECK(cancelWithEscape(dialog));
    CHECK(fixture.service().show(open.id) == before);
}

TEST_CASE("a new support measure is added with the keyboard and selected in the list", "[ui][record]")
{
    CaseworkFixture fixture;
    // Declined needs neither admission nor consent: the core takes it on any record.
    const OpenRecord open = openClientWithMeasure(fixture);
    const std::size_t count = fixture.service().show(open.id).measures.size();
    showTab(open.page, ClientRecordPage::MeasuresTabIndex);
    CHECK(open.window->addEntryAction()->text() == QStringLiteral("&Add support measure…"));

    QTest::keyClick(open.window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<MeasureDialog> dialog = shownDialog<MeasureDialog>(open.page);
    // An empty new form is not yet wrong, but OK says what is missing.
    CHECK(dialog->errorText(QStringLiteral("start")).isEmpty());
    click(dialog->okButton());
    CHECK(dialog->errorText(QStringLiteral("start")) == QStringLiteral("Enter the date."));
    auto* status = child<QComboBox>(dialog, "status");
    status->setCurrentIndex(status->findData(static_cast<int>(domain::MeasureStatus::Declined)));
    typeInto(child<QLineEdit>(dialog, "start"), QDate::currentDate().toString(Qt::ISODate));
    typeInto(child<QLineEdit>(dialog, "note"), QStringLiteral("Offered, not wanted"));
    QTest::keyClick(child<QLineEdit>(dialog, "note"), Qt::Key_Return);
    REQUIRE(closed(dialog));

    const auto measures = fixture.service().show(open.id).measures;
    REQUIRE(measures.size() == count + 1);
    CHECK(measures.back().status == domain::MeasureStatus::Declined);
    CHECK(measures.back().note == "Offered, not wanted");
    ListPanel* panel = listPanel(open.page, "measure");
    CHECK(panel->selectedRow() == static_cast<int>(count));
    CHECK(open.window->undoAction()->text() == QStringLiteral("&Undo: Add support measure"));
}

TEST_CASE("a supervisor reads a record with every edit action disabled", "[ui][record][roles]")
{
    CaseworkFixture fixture;
    const OpenRecord open = openClientWithMeasure(fixture, CaseworkFixture::Supervisor);
    CHECK_FALSE(open.page->mayEdit());
    CHECK(child<QWidget>(open.page, "recordReadOnlyNote")->isVisible());
    for (int tab = 0; tab < ClientRecordPage::HistoryTabIndex; ++tab) {
        showTab(open.page, static_cast<ClientRecordPage::Tab>(tab));
        CHECK_FALSE(open.window->addEntryAction()->isEnabled());
        CHECK_FALSE(open.window->editEntryAction()->isEnabled());
        CHECK_FALSE(open.window->removeEntryAction()->isEnabled());
    }
    CHECK_FALSE(open.window->undoAction()->isEnabled());
    // Every button of every part that changes the record is disabled.
    for (QAbstractButton* button : open.page->findChildren<QAbstractButton*>()) {
        if (button->objectName().startsWith(QStringLiteral("add"))
            || button->objectName().startsWith(QStringLiteral("edit"))
            || button->objectName().startsWith(QStringLiteral("remove"))
            || button->objectName() == QStringLiteral("reopenButton")) {
            CAPTURE(button->objectName().toStdString());
            CHECK_FALSE(button->isEnabled());
        }
    }
    showTab(open.page, ClientRecordPage::MeasuresTabIndex);
    clickRow(listPanel(open.page, "measure"), 0);
    // F2 opens nothing.
    QTest::keyClick(open.window, Qt::Key_F2);
    CHECK(open.page->findChild<MeasureDialog*>() == nullptr);
}

TEST_CASE("a language switch relabels the open record", "[ui][record][i18n]")
{
    CaseworkFixture fixture;
    const OpenRecord open = openClientWithMeasure(fixture);
    CHECK(open.page->tabs()->tabText(ClientRecordPage::OverviewTab) == QStringLiteral("Overview"));
    const auto overviewTab = [&] {
        return open.page->tabs()->tabText(ClientRecordPage::OverviewTab);
    };
    QTableWidget* table = listPanel(open.page, "measure")->table();
    // The language change reaches the widgets as posted events.
    fixture.languages().choose(QStringLiteral("fi"));
    CHECK(waitUntil([&] { return overviewTab() == QStringLiteral("Yleiskatsaus"); }, 5s));
    CHECK(table->horizontalHeaderItem(0)->text() == QStringLiteral("Palvelu"));
    fixture.languages().choose(QStringLiteral("sv"));
    CHECK(waitUntil([&] { return overviewTab() == QStringLiteral("Översikt"); }, 5s));
    fixture.languages().choose(QStringLiteral("en"));
    CHECK(waitUntil([&] { return overviewTab() == QStringLiteral("Overview"); }, 5s));
}
