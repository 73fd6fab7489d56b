#pragma once

#include <QString>

class QFileDialog;
class QMessageBox;
class QWidget;

namespace majakka::ui::test {

// The warning PlaintextExport shows before a file leaves the store, when it is open over `parent`.
QMessageBox* plaintextWarning(const QWidget* parent);
// Answers the warning with its Choose button, then types `path` into the file
// dialog and accepts it, as a person would. False when a step did not appear.
bool saveThroughExportDialogs(const QWidget* parent, const QString& path);

} // namespace majakka::ui::test
