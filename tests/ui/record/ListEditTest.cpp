#include "domain/ClientRules.h"
#include "record/RecordDriver.h"
#include "ui/common/DateText.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/ContactDialog.h"
#include "ui/record/dialogs/DisclosureDialog.h"
#include "ui/record/dialogs/ReflectionPeriodDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {
QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

TEST_CASE("a contact is added, listed, edited, removed and brought back with the keyboard", "[ui][record]")
{
    CaseworkFixture fixture;
    const OpenRecord open = signInAndOpen(
        fixture, CaseworkFixture::Caseworker, [](const domain::ClientRecord&) { return true; });
    const std::size_t count = fixture.service().show(open.id).contacts.size();
    showTab(open.page, ClientRecordPage::ContactsTab);
    ListPanel* panel = listPanel(open.page, "contact");
    CHECK(open.window->addEntryAction()->text() == QStringLiteral("&Add contact…"));
    CHECK(open.window->addEntryAction()->isEnabled());

    // Add: a new contact is dated today and given to the client's worker.
    QTest::keyClick(open.window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<ContactDialog> dialog = shownDialog<ContactDialog>(open.page);
    CHECK(child<QLineEdit>(dialog, "date")->text() == DateText::format(RecordText::today()));
    CHECK(child<QLineEdit>(dialog, "worker")->text() == CaseworkFixture::Caseworker);
    typeInto(child<QLineEdit>(dialog, "municipality"), QStringLiteral("Lappeenranta"));
    replacePlainText(child<QPlainTextEdit>(dialog, "note"), QStringLiteral("Met at the shelter"));
    click(dialog->okButton());
    REQUIRE(closed(dialog));
    auto contacts = fixture.service().show(open.id).contacts;
    REQUIRE(contacts.size() == count + 1);
    CHECK(contacts.back().municipality == "Lappeenranta");
    CHECK(contacts.back().note == "Met at the shelter");
    CHECK(contacts.back().date == RecordText::today());
    REQUIRE(panel->table()->rowCount() == static_cast<int>(count + 1));
    CHECK(panel->table()->item(static_cast<int>(count), 2)->text() == QStringLiteral("Lappeenranta"));

    // Edit the new one (selected after adding) with F2; a date in the future is caught as typed.
    REQUIRE(panel->selectedRow() == static_cast<int>(count));
    QTest::keyClick(open.window, Qt::Key_F2);
    dialog = shownDialog<ContactDialog>(open.page);
    replaceText(child<QLineEdit>(dialog, "date"), isoDate(QDate::currentDate().addDays(3)));
    CHECK(dialog->errorText(QStringLiteral("date")) == QStringLiteral("This date cannot be in the future."));
    CHECK_FALSE(dialog->okButton()->isEnabled());
    replaceText(child<QLineEdit>(dialog, "date"), isoDate(QDate::currentDate().addDays(-1)));
    CHECK(dialog->errorText(QStringLiteral("date")).isEmpty());
    replaceText(child<QLineEdit>(dialog, "municipality"), QStringLiteral("Imatra"));
    click(dialog->okButton());
    REQUIRE(closed(dialog));
    contacts = fixture.service().show(open.id).contacts;
    CHECK(contacts.back().municipality == "Imatra");
    CHECK(contacts.back().date == RecordText::today().addDays(-1));
    CHECK(open.window->undoAction()->text() == QStringLiteral("&Undo: Edit contact"));

    // Remove it with Ctrl+Delete; Ctrl+Z brings it back, Ctrl+Shift+Z removes it again.
    QTest::keyClick(open.window, Qt::Key_Delete, Qt::ControlModifier);
    CHECK(fixture.service().show(open.id).contacts.size() == count);
    CHECK(panel->table()->rowCount() == static_cast<int>(count));
    QTest::keyClick(open.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(fixture.service().show(open.id).contacts.size() == count + 1);
    CHECK(fixture.service().show(open.id).contacts.back().municipality == "Imatra");
    QTest::keyClick(open.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(fixture.service().show(open.id).contacts.size() == count);
    // Undo back to before the contact was added: the record is as it was.
    QTest::keyClick(open.window, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(open.window, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(open.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(fixture.service().show(open.id).contacts.size() == count);
    CHECK_FALSE(open.window->undoAction()->isEnabled());
}

TEST_CASE("an overlapping reflection period is refused by the core beside its start, and nothing is saved",
          "[ui][record]")
{
    CaseworkFixture fixture;
    const OpenRecord open
        = signInAndOpen(fixture, CaseworkFixture::Caseworker, [](const domain::ClientRecord& record) {
              // Long over, so that the new one overlaps it without being open today.
              return !record.reflectionPeriods.empty() && record.reflectionPeriods.back().end
                  && *record.reflectionPeriods.back().end < RecordText::today().addDays(-90);
          });
    const domain::ClientRecord before = fixture.service().show(open.id);
    const domain::ReflectionPeriod& last = before.reflectionPeriods.back();
    showTab(open.page, ClientRecordPage::ReflectionTab);
    CHECK(open.window->addEntryAction()->text() == QStringLiteral("Add reflection &period…"));
    click(child<QAbstractButton>(open.page, "addReflectionButton"));
    QPointer<ReflectionPeriodDialog> dialog = shownDialog<ReflectionPeriodDialog>(open.page);

    // The length sets the end, and a length the rules do not allow is caught as typed.
    const QDate start(
        last.start.year(), static_cast<int>(last.start.month()), static_cast<int>(last.start.day()));
    typeInto(child<QLineEdit>(dialog, "start"), isoDate(start.addDays(1)));
    auto* length = child<QSpinBox>(dialog, "length");
    length->setFocus();
    length->setValue(10);
    CHECK(child<QLineEdit>(dialog, "end")->text() == DateText::format(last.start.addDays(11)));
    CHECK(dialog->errorText(QStringLiteral("end"))
              .startsWith(QStringLiteral("A reflection period lasts from 30 days")));
    length->setValue(60);
    CHECK(dialog->errorText(QStringLiteral("end")).isEmpty());

    // Only the core sees the whole list: the new period overlaps the last one.
    click(dialog->okButton());
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText(QStringLiteral("start")).contains(QStringLiteral("overlaps")));
    CHECK(fixture.service().show(open.id) == before);
    CHECK_FALSE(open.window->undoAction()->isEnabled());
    CHECK(cancelWithEscape(dialog.data()));
    CHECK(fixture.service().show(open.id) == before);
}

TEST_CASE("the Record menu acts on the list last used in the tab", "[ui][record]")
{
    CaseworkFixture fixture;
    const OpenRecord open
        = signInAndOpen(fixture, CaseworkFixture::Caseworker, [](const domain::ClientRecord& record) {
              return domain::consentInForce(record, RecordText::today());
          });
    showTab(open.page, ClientRecordPage::ConsentsTab);
    CHECK(open.window->addEntryAction()->text() == QStringLiteral("&Add consent…"));
    CHECK_FALSE(open.window->editEntryAction()->isEnabled());

    click(child<QAbstractButton>(open.page, "addDisclosureButton"));
    QPointer<DisclosureDialog> dialog = shownDialog<DisclosureDialog>(open.page);
    CHECK(open.window->addEntryAction()->text() == QStringLiteral("Add d&isclosure…"));
    typeInto(child<QLineEdit>(dialog, "to_whom"), QStringLiteral("Social services of Imatra"));
    replacePlainText(child<QPlainTextEdit>(dialog, "what"), QStringLiteral("Need of housing"));
    auto* basis = child<QComboBox>(dialog, "basis");
    basis->setFocus();
    // A serious threat gives a duty to tell only when one is recorded by then.
    basis->setCurrentIndex(basis->findData(static_cast<int>(domain::DisclosureBasis::SeriousThreatDuty)));
    const bool threatRecorded = !fixture.service().show(open.id).seriousThreats.empty();
    if (!threatRecorded) {
        CHECK(dialog->errorText(QStringLiteral("basis")).startsWith(QStringLiteral("No serious threat")));
        CHECK_FALSE(dialog->okButton()->isEnabled());
    }
    basis->setCurrentIndex(basis->findData(static_cast<int>(domain::DisclosureBasis::ClientConsent)));
    CHECK(dialog->errorText(QStringLiteral("basis")).isEmpty());
    click(dialog->okButton());
    REQUIRE(closed(dialog));
    const auto disclosures = fixture.service().show(open.id).disclosures;
    REQUIRE_FALSE(disclosures.empty());
    CHECK(disclosures.back().toWhom == "Social services of Imatra");
    CHECK(disclosures.back().basis == domain::DisclosureBasis::ClientConsent);

    // The new disclosure is selected, so Edit and Remove are about it.
    CHECK(open.window->editEntryAction()->text() == QStringLiteral("Edit disclosure…"));
    CHECK(open.window->removeEntryAction()->isEnabled());
    clickRow(listPanel(open.page, "consent"), 0);
    CHECK(open.window->editEntryAction()->text() == QStringLiteral("Edit consent…"));
}
