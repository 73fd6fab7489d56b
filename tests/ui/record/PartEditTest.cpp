#include "record/RecordDriver.h"
#include "ui/common/DateText.h"
#include "ui/record/DetailsPanel.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/AppealDialog.h"
#include "ui/record/dialogs/AssignmentDialog.h"
#include "ui/record/dialogs/PersonDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <algorithm>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

TEST_CASE("the identity code's check character is checked as it is typed, and the person's details are saved",
          "[ui][record]")
{
    CaseworkFixture fixture;
    // A birth date in 1952 for the code 131052-308T, and no code yet.
    const OpenRecord open
        = signInAndOpen(fixture, CaseworkFixture::Caseworker, [](const domain::ClientRecord& record) {
              return record.person.kind != domain::ClientKind::Child && !record.person.personalId;
          });
    const domain::ClientRecord before = fixture.service().show(open.id);
    CHECK(open.window->editEntryAction()->text() == QStringLiteral("&Edit the person's details…"));
    QTest::keyClick(open.window, Qt::Key_F2);
    QPointer<PersonDialog> dialog = shownDialog<PersonDialog>(open.page);

    auto* code = child<QLineEdit>(dialog, "personal_id");
    replaceText(child<QLineEdit>(dialog, "birth_date"), QStringLiteral("1952-10-13"));
    typeInto(code, QStringLiteral("131052-308A"));
    CHECK(dialog->errorText(QStringLiteral("personal_id"))
          == QStringLiteral(
              "The check character (the last one) should be T for the rest of this code, not A."));
    CHECK_FALSE(dialog->okButton()->isEnabled());
    replaceText(code, QStringLiteral("131052Q308T"));
    CHECK(
        dialog->errorText(QStringLiteral("personal_id")).startsWith(QStringLiteral("The seventh character")));
    replaceText(code, QStringLiteral("131052-308T"));
    CHECK(dialog->errorText(QStringLiteral("personal_id")).isEmpty());
    // The code must agree with the birth date.
    replaceText(child<QLineEdit>(dialog, "birth_date"), QStringLiteral("1953"));
    CHECK(dialog->errorText(QStringLiteral("personal_id"))
              .startsWith(QStringLiteral("The code gives the birth date")));
    replaceText(child<QLineEdit>(dialog, "birth_date"), QStringLiteral("1952"));
    replaceText(child<QLineEdit>(dialog, "citizenships"), QStringLiteral("fi, ee"));
    CHECK(dialog->errorText(QStringLiteral("citizenships")).isEmpty());
    click(dialog->okButton());
    REQUIRE(closed(dialog));

    domain::ClientRecord after = fixture.service().show(open.id);
    REQUIRE(after.person.personalId);
    CHECK(after.person.personalId->text() == "131052-308T");
    CHECK(after.person.birthDate == domain::PartialDate::yearOnly(1952));
    CHECK(after.person.citizenships == std::vector<std::string> {"FI", "EE"});
    CHECK(open.window->undoAction()->text() == QStringLiteral("&Undo: Edit the person's details"));
    QTest::keyClick(open.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(fixture.service().show(open.id) == before);
}

TEST_CASE("an appeal is recorded against the admission decision, and its court outcome needs a date",
          "[ui][record]")
{
    CaseworkFixture fixture;
    const OpenRecord open
        = signInAndOpen(fixture, CaseworkFixture::Caseworker, [](const domain::ClientRecord& record) {
              return record.admission && !record.admission->appeal;
          });
    const domain::Date decided = fixture.service().show(open.id).admission->date;
    showTab(open.page, ClientRecordPage::ReferralTab);
    auto* add = child<QAbstractButton>(open.page, "addAppealButton");
    REQUIRE(add->isEnabled());
    click(add);
    CHECK(open.window->addEntryAction()->text() == QStringLiteral("Record an &appeal…"));
    QPointer<AppealDialog> dialog = shownDialog<AppealDialog>(open.page);
    typeInto(child<QLineEdit>(dialog, "date"), DateText::format(decided.addDays(-1)));
    CHECK(
        dialog->errorText(QStringLiteral("date")).startsWith(QStringLiteral("The appeal cannot be before")));
    replaceText(child<QLineEdit>(dialog, "date"), DateText::format(decided));
    typeInto(child<QLineEdit>(dialog, "court"), QStringLiteral("Administrative Court of Helsinki"));
    auto* outcome = child<QComboBox>(dialog, "outcome");
    outcome->setFocus();
    outcome->setCurrentIndex(outcome->findData(static_cast<int>(domain::AppealOutcome::Overturned)));
    CHECK(dialog->errorText(QStringLiteral("decided"))
          == QStringLiteral("An outcome from the court needs the date the court decided."));
    typeInto(child<QLineEdit>(dialog, "decided"), DateText::format(decided));
    click(dialog->okButton());
    REQUIRE(closed(dialog));

    const auto appeal = fixture.service().show(open.id).admission->appeal;
    REQUIRE(appeal);
    CHECK(appeal->court == "Administrative Court of Helsinki");
    CHECK(appeal->outcome == domain::AppealOutcome::Overturned);
    CHECK(appeal->decided == decided);
    CHECK(child<QAbstractButton>(open.page, "editAppealButton")->isVisible());
    QTest::keyClick(open.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(fixture.service().show(open.id).admission->appeal);
    CHECK(child<QAbstractButton>(open.page, "addAppealButton")->isVisible());
}

TEST_CASE("a caseworker keeps their clients: the worker is locked, and an administrator can reassign",
          "[ui][record][roles]")
{
    CaseworkFixture fixture;
    const auto anyone = [](const domain::ClientRecord&) {
        return true;
    };
    SECTION("a caseworker")
    {
        const OpenRecord open = signInAndOpen(fixture, CaseworkFixture::Caseworker, anyone);
        click(child<QAbstractButton>(open.page, "editAssignmentButton"));
        auto* dialog = shownDialog<AssignmentDialog>(open.page);
        CHECK_FALSE(child<QLineEdit>(dialog, "worker")->isEnabled());
        CHECK(child<QComboBox>(dialog, "office")->isEnabled());
        CHECK(child<QLabel>(dialog, "assignmentRightsNote")->isVisible());
        CHECK(cancelWithEscape(dialog));
    }
    SECTION("an administrator")
    {
        const OpenRecord open = signInAndOpen(fixture, CaseworkFixture::Administrator, anyone);
        click(child<QAbstractButton>(open.page, "editAssignmentButton"));
        QPointer<AssignmentDialog> dialog = shownDialog<AssignmentDialog>(open.page);
        auto* worker = child<QLineEdit>(dialog, "worker");
        REQUIRE(worker->isEnabled());
        CHECK_FALSE(child<QLabel>(dialog, "assignmentRightsNote")->isVisible());
        replaceText(worker, QStringLiteral("ville"));
        click(dialog->okButton());
        REQUIRE(closed(dialog));
        CHECK(fixture.service().show(open.id).person.worker == "ville");
        QTest::keyClick(open.window, Qt::Key_Z, Qt::ControlModifier);
        CHECK(fixture.service().show(open.id).person.worker == CaseworkFixture::Caseworker.toStdString());
    }
}

TEST_CASE("a child's record opens the parent's record", "[ui][record]")
{
    CaseworkFixture fixture;
    const OpenRecord open
        = signInAndOpen(fixture, CaseworkFixture::Caseworker, [](const domain::ClientRecord& record) {
              return record.person.kind == domain::ClientKind::Child && !record.person.parent.empty();
          });
    const std::string parent = fixture.service().show(open.id).person.parent;
    showTab(open.page, ClientRecordPage::FamilyTab);
    auto* button = child<QAbstractButton>(open.page, "openParentButton");
    REQUIRE(button->isEnabled());
    click(button);
    REQUIRE(open.window->currentRecord() != nullptr);
    CHECK(open.window->currentRecord()->clientId() == QString::fromStdString(parent));
    CHECK(open.window->openRecords().size() == 2);
}

TEST_CASE("a removal the rules forbid is said in place and changes nothing", "[ui][record]")
{
    CaseworkFixture fixture;
    // Support after admission needs the decision: removing it would leave the measures without one.
    const OpenRecord open
        = signInAndOpen(fixture, CaseworkFixture::Caseworker, [](const domain::ClientRecord& record) {
              return record.isAdmitted()
                  && std::any_of(record.measures.begin(),
                                 record.measures.end(),
                                 [](const domain::SupportMeasure& measure) {
                                     return measure.status != domain::MeasureStatus::Declined
                                         && !domain::isUrgentMeasureType(measure.type);
                                 });
          });
    const domain::ClientRecord before = fixture.service().show(open.id);
    showTab(open.page, ClientRecordPage::ReferralTab);
    click(child<QAbstractButton>(open.page, "removeAdmissionButton"));
    CHECK(open.page->panel(QStringLiteral("admission"))->messageText().contains(QStringLiteral("measures[")));
    CHECK(fixture.service().show(open.id) == before);
    CHECK_FALSE(open.window->undoAction()->isEnabled());
}
