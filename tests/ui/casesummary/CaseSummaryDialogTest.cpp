#include "ui/casesummary/CaseSummaryDialog.h"

#include "PdfText.h"
#include "record/RecordDriver.h"
#include "session/Session.h"
#include "support/CaseworkFixture.h"
#include "support/ExportDriver.h"
#include "support/UiDriver.h"
#include "ui/app/DesktopController.h"
#include "ui/main/MainWindow.h"
#include "ui/record/ClientRecordPage.h"

#include <QAction>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {

struct OpenSummary
{
    domain::ClientRecord record;
    CaseSummaryDialog* dialog = nullptr;
};

// Opens a client's record, then its summary with Ctrl+P.
OpenSummary openSummary(CaseworkFixture& fixture)
{
    ClientService clients = fixture.service();
    const auto id = clientWithMeasure(clients);
    REQUIRE(id);
    MainWindow* window = fixture.window();
    REQUIRE(window->openClient(QString::fromStdString(*id)) != nullptr);
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    CHECK(window->caseSummaryAction()->isEnabled());
    QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier);
    CaseSummaryDialog* dialog = nullptr;
    REQUIRE(waitUntil([&] {
        dialog = window->findChild<CaseSummaryDialog*>();
        return dialog && dialog->isVisible();
    }));
    return {fixture.service().show(*id), dialog};
}

std::vector<audit::AuditEntry> trailOf(CaseworkFixture& fixture, const std::string& id)
{
    return fixture.controller().session()->auditLog().forRecord(store::Id::fromHex(id));
}

} // namespace

TEST_CASE("the case summary opens from the client screen with Ctrl+P and leaves out the identity code and "
          "contact details",
          "[ui][casesummary]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    const OpenSummary open = openSummary(fixture);
    const QString shown = open.dialog->preview()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Case summary")));
    CHECK(shown.contains(QString::fromStdString(open.record.person.familyName)));
    CHECK(shown.contains(QString::fromStdString(open.record.number->toString())));
    if (open.record.person.personalId) {
        CHECK_FALSE(shown.contains(QString::fromStdString(open.record.person.personalId->text())));
    }
    if (!open.record.person.phone.empty()) {
        CHECK_FALSE(shown.contains(QString::fromStdString(open.record.person.phone)));
    }
    QTest::keyClick(open.dialog, Qt::Key_Escape);
    CHECK(waitUntil([&] { return fixture.window()->findChild<CaseSummaryDialog*>() == nullptr; }));
}

TEST_CASE("Save as PDF writes the summary after the plaintext warning, and the export is audited",
          "[ui][casesummary]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    const OpenSummary open = openSummary(fixture);
    const auto file
        = std::filesystem::path(fixture.databasePath().toStdString()).parent_path() / "summary.pdf";
    click(child<QPushButton>(open.dialog, "caseSummaryPdfButton"));
    REQUIRE(saveThroughExportDialogs(open.dialog, QString::fromStdString(file.string())));
    REQUIRE(waitUntil([&] { return std::filesystem::exists(file); }));
    const std::string text = majakka::test::pdfText(file);
    CHECK(text.find("Case summary") != std::string::npos);
    CHECK(text.find(open.record.person.familyName) != std::string::npos);
    CHECK(open.dialog->statusText().contains(QStringLiteral("summary.pdf")));
    const auto trail = trailOf(fixture, open.record.id);
    REQUIRE_FALSE(trail.empty());
    CHECK(trail.back().action == "client.export");
    CHECK(trail.back().detail == "case summary, pdf, summary.pdf");
}

TEST_CASE("Print goes through the print dialog, prints the summary and is audited", "[ui][casesummary]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    const OpenSummary open = openSummary(fixture);
    // No printer here: the printer writes a PDF, which the test reads.
    const auto file
        = std::filesystem::path(fixture.databasePath().toStdString()).parent_path() / "printed.pdf";
    open.dialog->printer().setOutputFormat(QPrinter::PdfFormat);
    open.dialog->printer().setOutputFileName(QString::fromStdString(file.string()));
    click(child<QPushButton>(open.dialog, "caseSummaryPrintButton"));
    QPrintDialog* print = nullptr;
    REQUIRE(waitUntil([&] {
        print = open.dialog->findChild<QPrintDialog*>(QStringLiteral("caseSummaryPrintDialog"));
        return print && print->isVisible();
    }));
    print->accept();
    REQUIRE(waitUntil([&] { return std::filesystem::exists(file) && std::filesystem::file_size(file) > 0; }));
    CHECK(majakka::test::pdfText(file).find(open.record.person.familyName) != std::string::npos);
    const auto trail = trailOf(fixture, open.record.id);
    REQUIRE_FALSE(trail.empty());
    CHECK(trail.back().action == "client.print");
}

TEST_CASE("a lock closes the case summary", "[ui][casesummary]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    const OpenSummary open = openSummary(fixture);
    QPointer<CaseSummaryDialog> dialog = open.dialog;
    fixture.controller().lock();
    CHECK(waitUntil([&] { return dialog.isNull(); }));
    CHECK(fixture.controller().session() == nullptr);
}
