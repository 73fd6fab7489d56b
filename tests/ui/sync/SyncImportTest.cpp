#include "session/Session.h"
#include "sync/SyncDriver.h"
#include "ui/common/ErrorLabel.h"
#include "ui/main/MainWindow.h"
#include "ui/record/ClientRecordPage.h"
#include "ui/record/RecordHeader.h"
#include "ui/unlock/UnlockDialog.h"

#include <QMessageBox>
#include <QPointer>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {

QStringList detailTexts(const ImportReportView* view)
{
    QStringList out;
    for (QTreeWidgetItemIterator it(view->details()); *it; ++it) {
        out.append((*it)->text(0));
    }
    return out;
}

} // namespace

TEST_CASE("the import preview shows what would change and Apply changes the record", "[ui][sync]")
{
    SyncFixture fixture;
    const QString package = fixture.laptopPackage("Laptopinen");
    REQUIRE(fixture.unlockAs(SyncFixture::Caseworker));
    Session& office = *fixture.controller().session();
    const std::string before = SyncFixture::familyName(office);
    const std::string dumpBefore = SyncFixture::canonicalDump(office);

    ImportPreviewDialog* preview = previewThroughDialog(fixture, package);
    REQUIRE(preview->state() == ImportPreviewDialog::State::Preview);
    const ImportReportView* view = preview->reportView();
    CHECK(view->headline()->text()
          == QStringLiteral("What importing this package from Kaisa's laptop would do"));
    CHECK(view->countText("added") == QStringLiteral("0"));
    CHECK(view->countText("changed") == QStringLiteral("1"));
    CHECK(view->countText("removed") == QStringLiteral("0"));
    CHECK(view->countText("new") == QStringLiteral("1"));
    // The changed record by the name it has here, before the import.
    CHECK(detailTexts(view).filter(QString::fromStdString(before)).size() == 1);
    CHECK(preview->applyButton()->isEnabled());
    // The preview changed nothing.
    CHECK(SyncFixture::familyName(office) == before);
    CHECK(SyncFixture::canonicalDump(office) == dumpBefore);

    click(preview->applyButton());
    REQUIRE(waitUntil([&] { return preview->state() == ImportPreviewDialog::State::Imported; }));
    CHECK(preview->reportView()->headline()->text()
          == QStringLiteral("Imported the package from Kaisa's laptop"));
    CHECK(SyncFixture::familyName(office) == "Laptopinen");
    CHECK_FALSE(preview->applyButton()->isVisible());

    // Importing the same package again changes nothing, and says so.
    click(preview->closeButton());
    fixture.sync().syncDialog()->reject();
    const std::string dumpAfter = SyncFixture::canonicalDump(office);
    preview = previewThroughDialog(fixture, package);
    CHECK(preview->reportView()->headline()->text().startsWith(
        QStringLiteral("This package from Kaisa's laptop was imported already")));
    CHECK_FALSE(preview->applyButton()->isEnabled());
    CHECK(SyncFixture::canonicalDump(office) == dumpAfter);
}

TEST_CASE("an open record shows the imported value once the import is applied", "[ui][sync]")
{
    SyncFixture fixture;
    const QString package = fixture.laptopPackage("Laptopinen");
    REQUIRE(fixture.unlockAs(SyncFixture::Caseworker));
    MainWindow* window = fixture.window();
    REQUIRE(window->openClient(QString::fromStdString(SyncFixture::clientId())));
    CHECK_FALSE(window->currentRecord()->title().contains(QStringLiteral("Laptopinen")));

    ImportPreviewDialog* preview = previewThroughDialog(fixture, package);
    click(preview->applyButton());
    REQUIRE(waitUntil([&] { return preview->state() == ImportPreviewDialog::State::Imported; }));
    ClientRecordPage* page = window->currentRecord();
    REQUIRE(page);
    CHECK(page->clientId() == QString::fromStdString(SyncFixture::clientId()));
    CHECK(page->title().contains(QStringLiteral("Laptopinen")));
    CHECK(window->openRecords().size() == 1);
}

TEST_CASE("cancel during an import leaves the database exactly as it was", "[ui][sync]")
{
    SyncFixture fixture;
    const QString package = fixture.laptopPackage("Laptopinen");
    REQUIRE(fixture.unlockAs(SyncFixture::Caseworker));
    Session& office = *fixture.controller().session();
    const std::string dumpBefore = SyncFixture::canonicalDump(office);

    ImportPreviewDialog* preview = previewThroughDialog(fixture, package);
    WorkerGate gate;
    fixture.sync().runner().setStepHook(gate.hook());
    click(preview->applyButton());
    REQUIRE(waitUntil([&] { return gate.reached->load(); }));
    SyncProgressDialog* progress = fixture.sync().runner().progressDialog();
    REQUIRE(progress);
    CHECK(progress->isVisible());
    CHECK(progress->isModal());
    // The case screens are out of reach while the worker has the database.
    CHECK_FALSE(fixture.window()->centralWidget()->isVisible());
    click(progress->cancelButton());
    REQUIRE(waitUntil([&] { return !fixture.sync().runner().isBusy(); }));

    CHECK(preview->errorLabel()->text() == QStringLiteral("Cancelled. Nothing was changed."));
    CHECK(preview->state() == ImportPreviewDialog::State::Preview);
    CHECK(fixture.window()->centralWidget()->isVisible());
    CHECK(SyncFixture::canonicalDump(office) == dumpBefore);
    CHECK(SyncFixture::familyName(office) != "Laptopinen");

    // Nothing was half-done: the same import now goes through.
    fixture.sync().runner().setStepHook({});
    click(preview->applyButton());
    REQUIRE(waitUntil([&] { return preview->state() == ImportPreviewDialog::State::Imported; }));
    CHECK(SyncFixture::familyName(office) == "Laptopinen");
}

TEST_CASE("a lock during an import cancels it, waits for it and locks", "[ui][sync][lock]")
{
    SyncFixture fixture;
    const QString package = fixture.laptopPackage("Laptopinen");
    REQUIRE(fixture.unlockAs(SyncFixture::Caseworker));
    const std::string dumpBefore = SyncFixture::canonicalDump(*fixture.controller().session());

    ImportPreviewDialog* preview = previewThroughDialog(fixture, package);
    WorkerGate gate;
    fixture.sync().runner().setStepHook(gate.hook());
    click(preview->applyButton());
    REQUIRE(waitUntil([&] { return gate.reached->load(); }));

    fixture.controller().lock();
    CHECK(fixture.controller().session() == nullptr);
    CHECK_FALSE(fixture.sync().runner().isBusy());
    CHECK(fixture.window()->isLocked());
    REQUIRE(fixture.controller().unlockDialog());
    CHECK(fixture.controller().unlockDialog()->isVisible());
    CHECK(waitUntil([&] { return fixture.sync().importFlow().dialog() == nullptr; }));

    auto office = fixture.openOffice();
    CHECK(SyncFixture::canonicalDump(*office) == dumpBefore);
}

TEST_CASE("an import asks first while a record is being edited", "[ui][sync]")
{
    SyncFixture fixture;
    const QString package = fixture.laptopPackage("Laptopinen");
    REQUIRE(fixture.unlockAs(SyncFixture::Caseworker));
    MainWindow* window = fixture.window();
    ClientRecordPage* page = window->openClient(QString::fromStdString(SyncFixture::clientId()));
    REQUIRE(page);
    REQUIRE(page->mayEdit());
    page->tabs()->setCurrentIndex(ClientRecordPage::MeasuresTabIndex);
    page->addEntry(); // the tab's main part: a new support measure
    QPointer<QDialog> editor; // the record's dialogs delete themselves when closed
    REQUIRE(waitUntil([&] {
        editor = page->findChild<QDialog*>();
        return editor && editor->isVisible();
    }));

    // As when another program hands a package over while the measure dialog is open.
    fixture.sync().previewImport(package);
    QMessageBox* question = fixture.sync().importFlow().editingQuestion();
    REQUIRE(question);
    CHECK(question->isVisible());
    CHECK(fixture.sync().importFlow().dialog() == nullptr);

    click(question->button(QMessageBox::Cancel));
    CHECK(editor->isVisible());
    CHECK(fixture.sync().importFlow().dialog() == nullptr);

    fixture.sync().previewImport(package);
    question = fixture.sync().importFlow().editingQuestion();
    REQUIRE(question);
    click(question->button(QMessageBox::Yes));
    REQUIRE(waitUntil([&] {
        ImportPreviewDialog* preview = fixture.sync().importFlow().dialog();
        return preview && preview->reportView()->report().has_value();
    }));
    CHECK((editor.isNull() || !editor->isVisible()));
}

TEST_CASE("a package from a device this database does not trust is refused and changes nothing", "[ui][sync]")
{
    SyncFixture fixture;
    REQUIRE(fixture.unlockAs(SyncFixture::Administrator));
    Session& office = *fixture.controller().session();
    const QString package = fixture.laptopPackage("Laptopinen");
    // The office stops trusting the laptop.
    sync::SyncService(office).revoke(SyncFixture::LaptopName);
    const std::string dumpBefore = SyncFixture::canonicalDump(office);

    ImportPreviewDialog* preview = previewThroughDialog(fixture, package);
    CHECK(preview->state() == ImportPreviewDialog::State::Failed);
    CHECK(preview->errorLabel()->text().startsWith(
        QStringLiteral("This sync package does not come from a device this database trusts, or that "
                       "device was revoked. Nothing was imported.")));
    CHECK(preview->errorLabel()->text().contains(QStringLiteral("was revoked on")));
    CHECK_FALSE(preview->applyButton()->isVisible());
    CHECK(SyncFixture::canonicalDump(office) == dumpBefore);
}
