#pragma once

class QWidget;

namespace majakka::ui {

// Closes every open menu and dialog of the program except `keep`, so that a
// lock is never held up by a window someone left open (KeePassXC's most
// reported auto-lock failure). Dialogs are rejected: unsaved input is dropped.
void closeTransientWindows(const QWidget* keep = nullptr);

} // namespace majakka::ui
