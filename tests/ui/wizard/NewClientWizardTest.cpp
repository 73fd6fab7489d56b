#include "ui/wizard/NewClientWizard.h"

#include "support/CaseworkFixture.h"
#include "support/KeyboardDriver.h"
#include "support/UiDriver.h"
#include "ui/common/DateText.h"
#include "ui/common/Today.h"
#include "ui/main/MainActions.h"
#include "ui/main/MainWindow.h"
#include "ui/record/ClientRecordPage.h"
#include "ui/record/RecordHeader.h"
#include "ui/wizard/ClientWizardPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QTest>
#include <QWindow>
#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {

NewClientWizard* openWizard(MainWindow* window)
{
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    NewClientWizard* wizard = nullptr;
    REQUIRE(waitUntil([&] {
        wizard = window->findChild<NewClientWizard*>();
        return wizard && wizard->isVisible();
    }));
    // The offscreen platform leaves the main window active under a window-modal
    // dialog; the dialog's own shortcuts (Alt+N, Alt+F) need it active.
    wizard->windowHandle()->requestActivate();
    REQUIRE(waitUntil([&] { return QGuiApplication::focusWindow() == wizard->windowHandle(); }));
    return wizard;
}

QAbstractButton* nextButton(NewClientWizard* wizard)
{
    return wizard->button(QWizard::NextButton);
}

// Moves the focus with Tab until it reaches the widget named `name`.
void tabTo(QWidget* dialog, const char* name)
{
    QWidget* target = child<QWidget>(dialog, name);
    REQUIRE(target != nullptr);
    for (int i = 0; i < 40 && focused() != target; ++i) {
        press(Qt::Key_Tab);
    }
    REQUIRE(focused() == target);
}

} // namespace

TEST_CASE("a client is created through the wizard with the keyboard alone, and its record opens",
          "[ui][wizard]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    MainWindow* window = fixture.window();
    QPointer<NewClientWizard> wizard = openWizard(window);
    CHECK(wizard->currentId() == NewClientWizard::ReferralPageId);
    CHECK_FALSE(nextButton(wizard)->isEnabled());

    // The referral: today's date is there; who proposed it, an emergency, and a first name.
    tabTo(wizard, "referralSourceBox");
    typeText(QStringLiteral("Pol")); // Police
    tabTo(wizard, "referralEmergencyCheck");
    press(Qt::Key_Space);
    tabTo(wizard, "referrerOrganisationEdit");
    typeText(QStringLiteral("Helsinki police"));
    tabTo(wizard, "givenNamesEdit");
    typeText(QStringLiteral("Amina"));
    REQUIRE(nextButton(wizard)->isEnabled());
    // A button's shortcut clicks it a moment later, as a real press would.
    press(Qt::Key_N, Qt::AltModifier);

    // The admission decision is still to be made.
    REQUIRE(waitUntil([&] { return wizard->currentId() == NewClientWizard::AdmissionPageId; }));
    CHECK(child<QAbstractButton>(wizard, "admissionPendingRadio")->isChecked());
    REQUIRE(nextButton(wizard)->isEnabled());
    press(Qt::Key_N, Qt::AltModifier);

    // The person: born in 1994, Nigerian, speaks English.
    REQUIRE(waitUntil([&] { return wizard->currentId() == NewClientWizard::PersonPageId; }));
    CHECK_FALSE(child<QComboBox>(wizard, "workerBox")->isEnabled());
    tabTo(wizard, "birthDateEdit");
    typeText(QStringLiteral("1994"));
    tabTo(wizard, "citizenshipEdit");
    typeText(QStringLiteral("ng"));
    tabTo(wizard, "languagesEdit");
    typeText(QStringLiteral("en"));
    REQUIRE(wizard->button(QWizard::FinishButton)->isEnabled());
    press(Qt::Key_F, Qt::AltModifier);

    REQUIRE(waitUntil([&] { return wizard.isNull() || !wizard->isVisible(); }));
    ClientRecordPage* record = window->currentRecord();
    REQUIRE(record != nullptr);
    CHECK(record->header()->nameText().contains(QStringLiteral("Amina")));

    const domain::ClientRecord stored = fixture.service().show(record->clientId().toStdString());
    REQUIRE(stored.referral);
    CHECK(stored.referral->source == domain::ReferralSource::Police);
    CHECK(stored.referral->emergency);
    CHECK(stored.referral->date == today());
    CHECK(stored.referral->referrerOrganisation == "Helsinki police");
    CHECK_FALSE(stored.admission);
    CHECK(stored.person.givenNames == "Amina");
    CHECK(stored.person.familyName.empty());
    CHECK(stored.person.birthDate == domain::PartialDate::yearOnly(1994));
    CHECK(stored.person.citizenships == std::vector<std::string> {"NG"});
    CHECK(stored.person.languages == std::vector<std::string> {"en"});
    CHECK(stored.person.worker == "kaisa");
    CHECK(stored.number.has_value());
}

TEST_CASE("the wizard shows the core's error beside the field as it is typed and saves nothing",
          "[ui][wizard]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    MainWindow* window = fixture.window();
    const std::size_t before = fixture.service().count({});
    QPointer<NewClientWizard> wizard = openWizard(window);
    ClientWizardPage* referral = wizard->clientPage(NewClientWizard::ReferralPageId);

    // A referral dated tomorrow: the core refuses a date in the future.
    auto* date = child<QLineEdit>(wizard, "referralDateEdit");
    replaceText(date, DateText::format(today().addDays(1)));
    tabTo(wizard, "referralSourceBox");
    typeText(QStringLiteral("The"));
    tabTo(wizard, "givenNamesEdit");
    typeText(QStringLiteral("Li"));
    CHECK_FALSE(nextButton(wizard)->isEnabled());
    CHECK(referral->errorText("referral.date").contains(QStringLiteral("referral.date")));

    replaceText(date, DateText::format(today().addDays(-3)));
    CHECK(referral->errorText("referral.date").isEmpty());
    REQUIRE(nextButton(wizard)->isEnabled());
    // Enter takes the default button, Next.
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return wizard->currentId() == NewClientWizard::AdmissionPageId; }));

    // Admitted, but decided before the referral came.
    ClientWizardPage* admission = wizard->clientPage(NewClientWizard::AdmissionPageId);
    auto* admitted = child<QAbstractButton>(wizard, "admissionAdmittedRadio");
    press(Qt::Key_A, Qt::AltModifier);
    REQUIRE(waitUntil([&] { return admitted->isChecked(); }));
    auto* decided = child<QLineEdit>(wizard, "admissionDateEdit");
    replaceText(decided, DateText::format(today().addDays(-5)));
    CHECK_FALSE(nextButton(wizard)->isEnabled());
    CHECK_FALSE(admission->errorText("admission.date").isEmpty());
    replaceText(decided, DateText::format(today().addDays(-1)));
    CHECK(admission->errorText("admission.date").isEmpty());
    CHECK(nextButton(wizard)->isEnabled());

    // Esc records nothing.
    QTest::keyClick(wizard, Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return wizard.isNull() || !wizard->isVisible(); }));
    CHECK(fixture.service().count({}) == before);
    CHECK(window->currentRecord() == nullptr);
}

TEST_CASE("a supervisor cannot start a new client", "[ui][wizard]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Supervisor));
    MainWindow* window = fixture.window();
    CHECK_FALSE(window->actions()->newClient->isEnabled());
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    window->newClient();
    QTest::qWait(50);
    CHECK(window->findChild<NewClientWizard*>() == nullptr);
}
