#include "ui/reports/HtmlWriter.h"

namespace majakka::reports {

namespace {
// Line breaks typed into a note are kept.
QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
} // namespace

void HtmlWriter::title(const QString& text, const QString& subtitle)
{
    m_body += QStringLiteral("<h1>%1</h1><p class=\"quiet\">%2</p>").arg(escaped(text), escaped(subtitle));
}

void HtmlWriter::heading(const QString& text)
{
    m_body += QStringLiteral("<h2>%1</h2>").arg(escaped(text));
}

void HtmlWriter::subheading(const QString& text)
{
    m_body += QStringLiteral("<h3>%1</h3>").arg(escaped(text));
}

void HtmlWriter::paragraph(const QString& text)
{
    m_body += QStringLiteral("<p>%1</p>").arg(escaped(text));
}

void HtmlWriter::note(const QString& text)
{
    m_body += QStringLiteral("<p class=\"quiet\">%1</p>").arg(escaped(text));
}

void HtmlWriter::form(const Rows& rows, const QString& empty)
{
    QString body;
    for (const auto& [label, value] : rows) {
        if (!value.trimmed().isEmpty()) {
            body += QStringLiteral("<tr><td class=\"label\" width=\"32%\">%1</td><td>%2</td></tr>")
                        .arg(escaped(label), escaped(value));
        }
    }
    if (body.isEmpty()) {
        note(empty);
        return;
    }
    m_body += QStringLiteral(
                  "<table class=\"form\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">%1</table>")
                  .arg(body);
}

void HtmlWriter::table(const QStringList& header, const QList<QStringList>& rows)
{
    QString body = QStringLiteral("<tr>");
    for (const QString& cell : header) {
        body += QStringLiteral("<th>%1</th>").arg(escaped(cell));
    }
    body += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        body += QStringLiteral("<tr>");
        for (const QString& cell : row) {
            body += QStringLiteral("<td>%1</td>").arg(escaped(cell));
        }
        body += QStringLiteral("</tr>");
    }
    m_body += QStringLiteral("<table class=\"list\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                             "cellpadding=\"3\">%1</table>")
                  .arg(body);
}

QString HtmlWriter::html() const
{
    return QStringLiteral(
               "<html><head><style>"
               "h1 { font-size: 17pt; margin-bottom: 0; }"
               "h2 { font-size: 12.5pt; margin-top: 14px; margin-bottom: 4px; }"
               "h3 { font-size: 10.5pt; margin-top: 8px; margin-bottom: 2px; }"
               "p { margin-top: 2px; margin-bottom: 4px; }"
               ".quiet { color: #555555; }"
               "td.label { color: #444444; padding-right: 12px; }"
               "table.list { border-color: #999999; border-style: solid; border-collapse: collapse; }"
               "th { background-color: #eeeeee; text-align: left; }"
               "</style></head><body>%1</body></html>")
        .arg(m_body);
}

} // namespace majakka::reports
