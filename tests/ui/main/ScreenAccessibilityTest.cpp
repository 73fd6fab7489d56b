#include "support/CaseworkFixture.h"
#include "support/UiDriver.h"
#include "ui/hotline/HotlinePage.h"
#include "ui/main/MainWindow.h"
#include "ui/users/AddUserDialog.h"
#include "ui/users/UserFieldDialog.h"
#include "ui/wizard/NewClientWizard.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {
// Every text field and choice has an accessible name and a label that points to it.
void checkInputs(QWidget* screen)
{
    const QList<QLabel*> labels = screen->findChildren<QLabel*>();
    QList<QWidget*> inputs;
    for (QLineEdit* edit : screen->findChildren<QLineEdit*>()) {
        inputs.append(edit);
    }
    for (QComboBox* box : screen->findChildren<QComboBox*>()) {
        inputs.append(box);
    }
    REQUIRE_FALSE(inputs.isEmpty());
    for (QWidget* input : inputs) {
        INFO(screen->objectName().toStdString() << ": " << input->objectName().toStdString());
        CHECK_FALSE(input->accessibleName().isEmpty());
        CHECK(std::any_of(
            labels.begin(), labels.end(), [input](QLabel* label) { return label->buddy() == input; }));
    }
}
} // namespace

TEST_CASE("every input of the wizard, the hotline log and the user dialogs has a name and a label",
          "[ui][a11y]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Administrator));
    MainWindow* window = fixture.window();

    window->newClient();
    auto* wizard = window->findChild<NewClientWizard*>();
    REQUIRE(wizard);
    for (int id :
         {NewClientWizard::ReferralPageId, NewClientWizard::AdmissionPageId, NewClientWizard::PersonPageId}) {
        checkInputs(wizard->page(id));
    }
    wizard->reject();

    checkInputs(window->hotlinePage());

    AddUserDialog add(window);
    checkInputs(&add);
    for (auto field :
         {UserFieldDialog::Field::Name, UserFieldDialog::Field::Role, UserFieldDialog::Field::Office}) {
        UserFieldDialog dialog(
            field, domain::User {2, "kaisa", domain::Role::Caseworker, std::nullopt}, window);
        checkInputs(&dialog);
    }
}
