#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace majakka::ui {

// The steps before a file leaves the encrypted store: first a warning that
// the file will not be encrypted (with what it holds), then the place to
// save it; then `write` is called with the path. Each step is a window opened
// with open(), never a nested event loop, so a lock can close them all; they
// get the Lock and Quit shortcuts of the window they belong to. The file
// dialog never asks to replace a file: Majakka never writes over one, and
// says so when asked to.
class PlaintextExport
{
    Q_DECLARE_TR_FUNCTIONS(PlaintextExport)

public:
    using Write = std::function<void(const QString& path)>;

    // `contents`: what the file holds, as a sentence ("The file holds
    // anonymised counts only."). `filter`: the file dialog's name filter.
    static void start(QWidget* parent,
                      const QString& contents,
                      const QString& suggestedName,
                      const QString& filter,
                      Write write);
};

} // namespace majakka::ui
