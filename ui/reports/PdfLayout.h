#pragma once

#include "ui/reports/DocumentLanguage.h"

#include <QFont>
#include <QList>
#include <QPainter>
#include <QString>
#include <QStringList>

class QChart;
class QPagedPaintDevice;

namespace majakka::reports {

// Lays a report out on pages from top to bottom: headings, paragraphs,
// tables that continue on the next page with their header repeated, and
// charts drawn as vectors. Every page ends with a footer and its number.
// Works on any paged device (QPdfWriter, QPrinter) in its own units.
class PdfLayout
{
    MAJAKKA_DOCUMENT_TR_FUNCTIONS(PdfLayout)

public:
    PdfLayout(QPagedPaintDevice& device, QString footer);
    ~PdfLayout();
    PdfLayout(const PdfLayout&) = delete;
    PdfLayout& operator=(const PdfLayout&) = delete;

    void title(const QString& text, const QString& subtitle);
    void heading(const QString& text);
    void paragraph(const QString& text, bool small = false);
    // A label column and number columns; rows listed in `bold` are set in bold (totals).
    void table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& bold = {});
    // The chart is drawn at the width of the text and `heightMm` tall, laid
    // out first as if on a screen `layoutWidth` pixels wide (wider: smaller type).
    void chart(QChart& chart, double heightMm, double layoutWidth = 760);
    void space(double mm);
    // Starts the next page unless `mm` of it are left.
    void keepTogether(double mm);
    // Ends the last page.
    void finish();

    double mm(double millimetres) const;

private:
    void newPage();
    void footer();
    double remaining() const { return m_bottom - m_y; }
    double textHeight(const QFont& font, const QString& text) const;
    // The boxes of a table's columns across the page (their height unset).
    QList<QRectF> columns(int count) const;
    double rowHeight(const QStringList& cells, const QFont& font) const;
    void drawRow(const QStringList& cells, const QFont& font, bool shaded);

    QPagedPaintDevice& m_device;
    QPainter m_painter;
    QString m_footer;
    QFont m_body;
    QFont m_small;
    QFont m_bold;
    QFont m_heading;
    QFont m_title;
    double m_width;
    double m_bottom;
    double m_y = 0;
    int m_page = 1;
    bool m_finished = false;
};

} // namespace majakka::reports
