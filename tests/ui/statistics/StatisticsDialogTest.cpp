#include "ui/statistics/StatisticsDialog.h"

#include "PdfText.h"
#include "TestSupport.h"
#include "session/Session.h"
#include "statistics/DatabaseHold.h"
#include "statistics/ReportCsv.h"
#include "statistics/StatisticsExport.h"
#include "support/CaseworkFixture.h"
#include "support/ExportDriver.h"
#include "support/UiDriver.h"
#include "ui/app/DesktopController.h"
#include "ui/main/MainWindow.h"
#include "ui/reports/StatisticsText.h"
#include "ui/statistics/StatisticsPreview.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {

StatisticsDialog* openWithShortcut(CaseworkFixture& fixture)
{
    MainWindow* window = fixture.window();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    StatisticsDialog* dialog = nullptr;
    REQUIRE(waitUntil([&] {
        dialog = window->findChild<StatisticsDialog*>();
        return dialog && dialog->isVisible();
    }));
    return dialog;
}

bool figuresShown(StatisticsDialog* dialog)
{
    return waitUntil([&] { return !dialog->isComputing() && dialog->report() != nullptr; });
}

// The detail of the newest statistics export in the audit log, empty when there is none.
std::string lastExport(CaseworkFixture& fixture)
{
    for (const auto& entry : fixture.controller().session()->auditLog().latest(10)) {
        if (entry.action == "statistics.export") {
            return entry.detail;
        }
    }
    return {};
}

std::string text(const std::filesystem::path& file)
{
    const auto bytes = majakka::test::readBytes(file);
    return std::string(bytes.begin(), bytes.end());
}

} // namespace

TEST_CASE("a supervisor opens the statistics with Ctrl+Shift+T and sees the released figures, the suppressed "
          "ones as suppressed",
          "[ui][statistics]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Supervisor));
    CHECK(fixture.window()->statisticsAction()->isVisible());
    CHECK(fixture.window()->statisticsAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    StatisticsDialog* dialog = openWithShortcut(fixture);
    REQUIRE(figuresShown(dialog));

    const auto report = dialog->report();
    CHECK(report->current().period == *dialog->chosenPeriod());
    CHECK(report->threshold() == 5);
    QTreeWidget* table = dialog->preview()->table();
    REQUIRE(table->topLevelItemCount() == 15);
    // Row by row, what the core released: a count, or the word for a suppressed one.
    std::size_t cell = 0;
    std::size_t suppressedShown = 0;
    for (int group = 0; group < table->topLevelItemCount(); ++group) {
        for (int row = 0; row < table->topLevelItem(group)->childCount(); ++row, ++cell) {
            const QTreeWidgetItem* item = table->topLevelItem(group)->child(row);
            REQUIRE(cell < report->current().values.size());
            CHECK(item->text(1) == reports::StatisticsText::count(report->current().values[cell]));
            CHECK(item->text(2) == reports::StatisticsText::count(report->previous().values[cell]));
            suppressedShown += item->text(1) == reports::StatisticsText::suppressedWord();
        }
    }
    CHECK(cell == report->current().values.size());
    CHECK(suppressedShown == report->current().suppressedCount());
    CHECK(suppressedShown > 0);
    CHECK(dialog->statusText().contains(QString::number(report->suppressedCount())));

    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK(waitUntil([&] { return fixture.window()->findChild<StatisticsDialog*>() == nullptr; }));
}

TEST_CASE("statistics are exported as CSV and PDF only after the warning that the file is not encrypted, and "
          "the export is audited",
          "[ui][statistics]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Supervisor));
    QPointer<StatisticsDialog> dialog = openWithShortcut(fixture);
    REQUIRE(figuresShown(dialog));
    const auto folder = std::filesystem::path(fixture.databasePath().toStdString()).parent_path();

    SECTION("cancelling the warning writes nothing")
    {
        click(child<QPushButton>(dialog, "statisticsCsvButton"));
        QMessageBox* warning = plaintextWarning(dialog);
        REQUIRE(warning != nullptr);
        QTest::keyClick(warning, Qt::Key_Escape);
        CHECK(waitUntil([&] { return plaintextWarning(dialog) == nullptr; }));
        CHECK(dialog->findChild<QFileDialog*>(QStringLiteral("exportFileDialog")) == nullptr);
        CHECK(lastExport(fixture).empty());
    }

    SECTION("CSV: the file is the core's CSV of the figures shown")
    {
        const auto file = folder / "published.csv";
        click(child<QPushButton>(dialog, "statisticsCsvButton"));
        REQUIRE(saveThroughExportDialogs(dialog, QString::fromStdString(file.string())));
        REQUIRE(waitUntil([&] { return std::filesystem::exists(file); }));
        CHECK(text(file) == statistics::reportToCsv(*dialog->report()));
        CHECK(dialog->statusText().contains(QStringLiteral("published.csv")));
        CHECK(dialog->errorText().isEmpty());
        CHECK(lastExport(fixture)
              == dialog->report()->current().period.label() + " csv, threshold 5, published.csv");

        // The same name again: the core refuses, and the dialog says so beside the figures.
        click(child<QPushButton>(dialog, "statisticsCsvButton"));
        REQUIRE(saveThroughExportDialogs(dialog, QString::fromStdString(file.string())));
        CHECK(waitUntil([&] { return !dialog->errorText().isEmpty(); }));
    }

    SECTION("PDF in Swedish while the program speaks English")
    {
        auto* language = child<QComboBox>(dialog, "statisticsLanguageCombo");
        language->setFocus();
        QTest::keyClick(language, Qt::Key_End);
        REQUIRE(dialog->language() == QStringLiteral("sv"));
        const auto file = folder / "statistik.pdf";
        click(child<QPushButton>(dialog, "statisticsPdfButton"));
        REQUIRE(saveThroughExportDialogs(dialog, QString::fromStdString(file.string())));
        REQUIRE(waitUntil([&] { return std::filesystem::exists(file); }));
        const std::string words = majakka::test::pdfText(file);
        CHECK(words.find("Halvårsstatistik") != std::string::npos);
        CHECK(words.find("Skydd av små tal") != std::string::npos);
        // The screen itself stays English.
        CHECK(dialog->windowTitle() == QStringLiteral("Statistics"));
        CHECK(lastExport(fixture).find("pdf, sv, threshold 5, statistik.pdf") != std::string::npos);
    }
}

TEST_CASE("the figures are computed off the UI thread: Cancel stops them, and a lock while they are computed "
          "closes the screen without waiting on the database",
          "[ui][statistics]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Supervisor));
    QPointer<StatisticsDialog> dialog = openWithShortcut(fixture);
    REQUIRE(figuresShown(dialog));
    Session* session = fixture.controller().session();

    SECTION("Cancel")
    {
        DatabaseHold hold(*session);
        auto* year = child<QSpinBox>(dialog, "statisticsYearSpin");
        year->setFocus();
        QTest::keyClick(year, Qt::Key_Down);
        REQUIRE(waitUntil([&] { return dialog->isComputing(); }));
        // The worker waits on the database; the window answers meanwhile.
        CHECK(child<QProgressBar>(dialog, "statisticsProgress")->isVisible());
        auto* cancel = child<QPushButton>(dialog, "statisticsCancelButton");
        REQUIRE(cancel->isVisible());
        CHECK_FALSE(child<QPushButton>(dialog, "statisticsCsvButton")->isEnabled());
        click(cancel);
        hold.release();
        REQUIRE(waitUntil([&] { return !dialog->isComputing(); }));
        INFO("status: " << dialog->statusText().toStdString()
                        << "; error: " << dialog->errorText().toStdString());
        CHECK(dialog->report() == nullptr);
        CHECK(dialog->statusText().contains(QStringLiteral("Stopped")));
        CHECK_FALSE(child<QPushButton>(dialog, "statisticsPdfButton")->isEnabled());

        click(child<QPushButton>(dialog, "statisticsComputeButton"));
        CHECK(figuresShown(dialog));
    }

    SECTION("lock")
    {
        DatabaseHold hold(*session);
        click(child<QPushButton>(dialog, "statisticsComputeButton"));
        REQUIRE(waitUntil([&] { return dialog->isComputing(); }));
        hold.releaseAfter(std::chrono::milliseconds(200));
        fixture.controller().lock();
        CHECK(fixture.controller().session() == nullptr);
        CHECK(waitUntil([&] { return dialog.isNull() || !dialog->isVisible(); }));
    }
}

TEST_CASE("only a supervisor has the statistics", "[ui][statistics]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    MainWindow* window = fixture.window();
    CHECK_FALSE(window->statisticsAction()->isVisible());
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(100);
    CHECK(window->findChild<StatisticsDialog*>() == nullptr);
}
