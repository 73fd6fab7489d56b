#include "ui/common/ErrorLabel.h"

#include <QPalette>

namespace majakka::ui {

ErrorLabel::ErrorLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A dark red that keeps a contrast above 4.5:1 on the light window colours.
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, QColor(0xa3, 0x1d, 0x1d));
    setPalette(colours);
    hide();
}

void ErrorLabel::showMessage(const QString& text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace majakka::ui
