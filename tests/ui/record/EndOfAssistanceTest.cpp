#include "record/RecordDriver.h"
#include "ui/record/RecordHeader.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/EndDialog.h"
#include "ui/record/dialogs/ReopenDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {
// The buttons that change the record, whatever part they belong to.
std::vector<QAbstractButton*> editButtons(const ClientRecordPage* page)
{
    std::vector<QAbstractButton*> buttons;
    for (QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
        const QString name = button->objectName();
        if (name.startsWith(QStringLiteral("add")) || name.startsWith(QStringLiteral("edit"))
            || name.startsWith(QStringLiteral("remove"))) {
            buttons.push_back(button);
        }
    }
    return buttons;
}
} // namespace

TEST_CASE("an ended case is read-only until it is reopened, and the reopening can be undone", "[ui][record]")
{
    CaseworkFixture fixture;
    const OpenRecord open = signInAndOpen(
        fixture,
        CaseworkFixture::Caseworker,
        [](const domain::ClientRecord& record) { return record.isEnded(); },
        true);
    const domain::ClientRecord before = fixture.service().show(open.id);

    CHECK_FALSE(open.page->mayEdit());
    CHECK(child<QWidget>(open.page, "recordReadOnlyNote")->isVisible());
    for (QAbstractButton* button : editButtons(open.page)) {
        CAPTURE(button->objectName().toStdString());
        CHECK_FALSE(button->isEnabled());
    }
    CHECK_FALSE(open.window->editEntryAction()->isEnabled());
    QTest::keyClick(open.window, Qt::Key_F2);
    CHECK(open.page->findChild<QDialog*>() == nullptr);

    showTab(open.page, ClientRecordPage::ReferralTab);
    auto* reopen = child<QAbstractButton>(open.page, "reopenButton");
    REQUIRE(reopen->isEnabled());
    click(reopen);
    QPointer<ReopenDialog> dialog = shownDialog<ReopenDialog>(open.page);
    // The grounds are needed; OK says so and saves nothing.
    click(dialog->okButton());
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText(QStringLiteral("grounds")) == QStringLiteral("This cannot be left empty."));
    CHECK(fixture.service().show(open.id) == before);
    replacePlainText(child<QPlainTextEdit>(dialog, "grounds"), QStringLiteral("Contacted us again"));
    click(dialog->okButton());
    REQUIRE(closed(dialog));

    const domain::ClientRecord reopened = fixture.service().show(open.id);
    CHECK_FALSE(reopened.isEnded());
    REQUIRE(reopened.reopenings.size() == before.reopenings.size() + 1);
    CHECK(reopened.reopenings.back().grounds == "Contacted us again");
    CHECK(reopened.reopenings.back().endedOn == before.end->date);
    CHECK(reopened.reopenings.back().endReason == before.end->reason);
    CHECK(open.page->mayEdit());
    CHECK_FALSE(child<QWidget>(open.page, "recordReadOnlyNote")->isVisible());
    CHECK(child<QAbstractButton>(open.page, "editReferralButton")->isEnabled());
    CHECK_FALSE(reopen->isEnabled());

    QTest::keyClick(open.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(fixture.service().show(open.id) == before);
    CHECK_FALSE(open.page->mayEdit());
    QTest::keyClick(open.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(fixture.service().show(open.id).isEnded());
}

TEST_CASE("ending the assistance makes the record read-only", "[ui][record]")
{
    CaseworkFixture fixture;
    const OpenRecord open
        = signInAndOpen(fixture, CaseworkFixture::Caseworker, [](const domain::ClientRecord& record) {
              return record.isAdmitted() && record.admission->date < RecordText::today();
          });
    showTab(open.page, ClientRecordPage::ReferralTab);
    auto* end = child<QAbstractButton>(open.page, "addEndButton");
    REQUIRE(end->isEnabled());
    click(end);
    QPointer<EndDialog> dialog = shownDialog<EndDialog>(open.page);
    auto* reason = child<QComboBox>(dialog, "reason");
    reason->setFocus();
    reason->setCurrentIndex(reason->findData(static_cast<int>(domain::EndReason::MovedAbroad)));
    click(dialog->okButton());
    REQUIRE(closed(dialog));

    const domain::ClientRecord ended = fixture.service().show(open.id);
    REQUIRE(ended.end);
    CHECK(ended.end->date == RecordText::today());
    CHECK(ended.end->reason == domain::EndReason::MovedAbroad);
    CHECK_FALSE(open.page->mayEdit());
    CHECK(open.page->header()->alerts().join(QString()).contains(QStringLiteral("ended")));
    CHECK(child<QAbstractButton>(open.page, "reopenButton")->isEnabled());
    CHECK_FALSE(child<QAbstractButton>(open.page, "editReferralButton")->isEnabled());
    // Undo stays open, and undoing the end makes the record editable again.
    REQUIRE(open.window->undoAction()->isEnabled());
    QTest::keyClick(open.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(fixture.service().show(open.id).isEnded());
    CHECK(open.page->mayEdit());
}
