#include "ui/common/PathLabel.h"

#include <QDir>
#include <QFontMetrics>

namespace majakka::ui {

PathLabel::PathLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void PathLabel::setPath(const QString& path)
{
    m_path = QDir::toNativeSeparators(path);
    setToolTip(m_path);
    setAccessibleDescription(m_path);
    updateShownText();
    updateGeometry();
}

QSize PathLabel::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.averageCharWidth() * 20, QLabel::minimumSizeHint().height()};
}

QSize PathLabel::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int wanted = metrics.horizontalAdvance(m_path) + 2 * margin() + 4;
    return {qMin(wanted, metrics.averageCharWidth() * 70), QLabel::sizeHint().height()};
}

void PathLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateShownText();
}

void PathLabel::updateShownText()
{
    const QFontMetrics metrics(font());
    setText(metrics.elidedText(m_path, Qt::ElideMiddle, qMax(0, contentsRect().width() - 2 * margin())));
}

} // namespace majakka::ui
