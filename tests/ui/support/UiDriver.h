#pragma once

#include <QString>
#include <chrono>
#include <functional>

class QAbstractButton;
class QLineEdit;
class QWidget;

namespace majakka::ui {
class CreateDatabaseDialog;
class DesktopController;
class UnlockDialog;
} // namespace majakka::ui

namespace majakka::ui::test {

using namespace std::chrono_literals;

// Processes events until the condition holds or the time is up. Argon2id with
// the test parameters takes milliseconds, but a busy CI machine may be slow.
bool waitUntil(const std::function<bool()>& condition, std::chrono::milliseconds timeout = 20s);

// The named child widget, or null.
template<typename Widget> Widget* child(const QWidget* parent, const char* objectName);

void typeInto(QLineEdit* edit, const QString& text);
void replaceText(QLineEdit* edit, const QString& text);
void click(QAbstractButton* button);

// Fills in the first-run dialog through its widgets (path left as suggested).
void fillCreateDialog(CreateDatabaseDialog& dialog,
                      const QString& name,
                      const QString& passphrase,
                      const QString& repeat);
// Runs the first-run dialog to the end: true once the main window shows the user.
bool createDatabaseThroughUi(DesktopController& controller, const QString& name, const QString& passphrase);
// Types the passphrase into the unlock dialog and clicks Unlock (no waiting).
void submitUnlock(UnlockDialog& dialog, const QString& passphrase);

bool isShownAndUnlocked(const DesktopController& controller);

} // namespace majakka::ui::test

#include "support/UiDriver.inl"
