#include "sync/SyncDriver.h"
#include "ui/sync/EnrolDeviceDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {

template<typename Input> void checkInputs(const QWidget* dialog)
{
    const QList<QLabel*> labels = dialog->findChildren<QLabel*>();
    for (Input* input : dialog->findChildren<Input*>()) {
        if (qobject_cast<QComboBox*>(input->parentWidget())) {
            continue; // the line edit inside an editable combo box
        }
        INFO(input->objectName().toStdString());
        CHECK_FALSE(input->accessibleName().isEmpty());
        CHECK(std::any_of(
            labels.begin(), labels.end(), [input](QLabel* label) { return label->buddy() == input; }));
    }
}

} // namespace

TEST_CASE("every input of the sync screens has an accessible name and a label pointing to it",
          "[ui][sync][a11y]")
{
    SyncDialog sync;
    EnrolDeviceDialog enrol({"kaisa"});
    for (const QWidget* dialog : {static_cast<const QWidget*>(&sync), static_cast<const QWidget*>(&enrol)}) {
        checkInputs<QLineEdit>(dialog);
        checkInputs<QComboBox>(dialog);
    }
}
