#pragma once

#include <QString>
#include <Qt>

class QWidget;

namespace majakka::ui::test {

// Keys as a person types them: each goes to whichever widget has the focus
// at that moment, so Tab, Alt+letter and Enter move through a form for real.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void typeText(const QString& text);
// The widget with the keyboard focus (in the modal dialog, when one is open).
QWidget* focused();

} // namespace majakka::ui::test
