#include "ui/reports/PdfLayout.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPagedPaintDevice>
#include <algorithm>

namespace majakka::reports {

namespace {
const QColor Rule(0x88, 0x88, 0x88);
const QColor Shade(0xf0, 0xf0, 0xf0);
const QColor Quiet(0x55, 0x55, 0x55);

QFont sized(double points, bool bold = false)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}
} // namespace

PdfLayout::PdfLayout(QPagedPaintDevice& device, QString footer)
    : m_device(device)
    , m_footer(std::move(footer))
    , m_body(sized(9.5))
    , m_small(sized(8))
    , m_bold(sized(9.5, true))
    , m_heading(sized(12, true))
    , m_title(sized(18, true))
{
    m_painter.begin(&m_device);
    m_width = m_device.width();
    m_bottom = m_device.height() - mm(9);
}

PdfLayout::~PdfLayout()
{
    finish();
}

double PdfLayout::mm(double millimetres) const
{
    return millimetres * m_device.logicalDpiY() / 25.4;
}

double PdfLayout::textHeight(const QFont& font, const QString& text) const
{
    const QFontMetricsF metrics(font, &m_device);
    return metrics.boundingRect(QRectF(0, 0, m_width, 1e9), Qt::TextWordWrap, text).height();
}

void PdfLayout::footer()
{
    m_painter.setFont(m_small);
    m_painter.setPen(Quiet);
    const QRectF line(0, m_device.height() - mm(6), m_width, mm(6));
    m_painter.drawText(line, Qt::AlignLeft | Qt::AlignBottom, m_footer);
    m_painter.drawText(line, Qt::AlignRight | Qt::AlignBottom, tr("Page %1").arg(m_page));
    m_painter.setPen(Qt::black);
}

void PdfLayout::newPage()
{
    footer();
    m_device.newPage();
    ++m_page;
    m_y = 0;
}

void PdfLayout::keepTogether(double millimetres)
{
    if (m_y > 0 && remaining() < mm(millimetres)) {
        newPage();
    }
}

void PdfLayout::space(double millimetres)
{
    m_y += mm(millimetres);
}

void PdfLayout::title(const QString& text, const QString& subtitle)
{
    m_painter.setFont(m_title);
    const double height = textHeight(m_title, text);
    m_painter.drawText(QRectF(0, m_y, m_width, height), Qt::TextWordWrap, text);
    m_y += height + mm(1.5);
    m_painter.setFont(m_heading);
    m_painter.setPen(Quiet);
    const double below = textHeight(m_heading, subtitle);
    m_painter.drawText(QRectF(0, m_y, m_width, below), Qt::TextWordWrap, subtitle);
    m_painter.setPen(Qt::black);
    m_y += below + mm(5);
}

void PdfLayout::heading(const QString& text)
{
    const double height = textHeight(m_heading, text);
    // A heading never ends a page: it keeps at least a few lines below it.
    keepTogether(25);
    m_y += m_y > 0 ? mm(4) : 0;
    m_painter.setFont(m_heading);
    m_painter.drawText(QRectF(0, m_y, m_width, height), Qt::TextWordWrap, text);
    m_y += height + mm(1.5);
}

void PdfLayout::paragraph(const QString& text, bool small)
{
    const QFont& font = small ? m_small : m_body;
    const double height = textHeight(font, text);
    if (remaining() < height) {
        newPage();
    }
    m_painter.setFont(font);
    m_painter.drawText(QRectF(0, m_y, m_width, height), Qt::TextWordWrap, text);
    m_y += height + mm(2);
}

QList<QRectF> PdfLayout::columns(int count) const
{
    // The label takes what the numbers leave; numbers need room for a period's name.
    const double label = count > 1 ? m_width * 0.46 : m_width;
    const double number = count > 1 ? (m_width - label) / (count - 1) : 0;
    const double pad = mm(1.5);
    QList<QRectF> boxes {QRectF(pad, 0, label - 2 * pad, 0)};
    for (int i = 1; i < count; ++i) {
        boxes.append(QRectF(label + (i - 1) * number + pad, 0, number - 2 * pad, 0));
    }
    return boxes;
}

double PdfLayout::rowHeight(const QStringList& cells, const QFont& font) const
{
    const QFontMetricsF metrics(font, &m_device);
    const QList<QRectF> boxes = columns(static_cast<int>(cells.size()));
    double height = metrics.height();
    for (int i = 0; i < cells.size(); ++i) {
        height = std::max(
            height,
            metrics.boundingRect(QRectF(0, 0, boxes[i].width(), 1e9), Qt::TextWordWrap, cells[i]).height());
    }
    return height + metrics.height() * 0.5;
}

void PdfLayout::drawRow(const QStringList& cells, const QFont& font, bool shaded)
{
    const double height = rowHeight(cells, font);
    if (shaded) {
        m_painter.fillRect(QRectF(0, m_y, m_width, height), Shade);
    }
    m_painter.setFont(font);
    const QList<QRectF> boxes = columns(static_cast<int>(cells.size()));
    for (int i = 0; i < cells.size(); ++i) {
        const QRectF box(boxes[i].x(), m_y, boxes[i].width(), height);
        m_painter.drawText(
            box, Qt::AlignVCenter | Qt::TextWordWrap | (i == 0 ? Qt::AlignLeft : Qt::AlignRight), cells[i]);
    }
    m_y += height;
}

void PdfLayout::table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& bold)
{
    const auto drawHeader = [&] {
        drawRow(header, m_bold, false);
        m_painter.setPen(QPen(Rule, mm(0.25)));
        m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        m_painter.setPen(Qt::black);
    };
    keepTogether(std::min(60.0, 10.0 + 6.0 * static_cast<double>(rows.size())));
    drawHeader();
    for (int row = 0; row < rows.size(); ++row) {
        const QFont& font = bold.contains(row) ? m_bold : m_body;
        if (remaining() < rowHeight(rows[row], font)) {
            newPage();
            drawHeader();
        }
        drawRow(rows[row], font, row % 2 == 1);
    }
    m_y += mm(2);
}

void PdfLayout::chart(QChart& chart, double heightMm, double layoutWidth)
{
    keepTogether(heightMm);
    const QRectF target(0, m_y, m_width, mm(heightMm));
    // Laid out at about screen size, so that its fonts and margins have the
    // proportions Qt Charts gives them; then drawn, as vectors, to fit.
    const QSizeF size(layoutWidth, layoutWidth * target.height() / target.width());
    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.resize(size);
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    scene.render(&m_painter, target, scene.sceneRect());
    scene.removeItem(&chart);
    m_y += target.height() + mm(2);
}

void PdfLayout::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    footer();
    m_painter.end();
}

} // namespace majakka::reports
