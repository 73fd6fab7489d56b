#pragma once

#include <QLabel>

namespace majakka::ui {

// A message shown in place, next to what it is about: in words first, and in
// a warning colour as well. Hidden while there is nothing to say.
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget* parent = nullptr);

    // Shows the text, or hides the label when the text is empty.
    void showMessage(const QString& text);
};

} // namespace majakka::ui
