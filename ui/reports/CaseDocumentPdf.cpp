#include "ui/reports/CaseDocumentPdf.h"

#include "ui/common/DateText.h"
#include "ui/reports/HtmlWriter.h"
#include "ui/reports/RecordHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDate>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace majakka::reports {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

// A stored value is JSON text: a string shows without its quotes, anything
// else (a list, a number) as written.
QString valueText(const std::optional<std::string>& value)
{
    if (!value) {
        return QString();
    }
    const QByteArray wrapped = "[" + QByteArray::fromStdString(*value) + "]";
    const QJsonDocument parsed = QJsonDocument::fromJson(wrapped);
    if (parsed.isArray() && parsed.array().size() == 1 && parsed.array().at(0).isString()) {
        return parsed.array().at(0).toString();
    }
    return text(*value);
}

domain::Date today()
{
    const QDate now = QDate::currentDate();
    return domain::Date::fromYmd(
               now.year(), static_cast<unsigned>(now.month()), static_cast<unsigned>(now.day()))
        .value_or(domain::Date {});
}

} // namespace

QString CaseDocumentPdf::actionText(const std::string& action)
{
    const std::pair<const char*, QString> words[] = {
        {"client.view", tr("Viewed")},
        {"client.add", tr("Added")},
        {"client.update", tr("Changed")},
        {"client.undo", tr("Undid a change")},
        {"client.redo", tr("Redid a change")},
        {"client.reopen", tr("Reopened")},
        {"client.renumber", tr("Gave a new client number")},
        {"client.export", tr("Exported")},
        {"client.print", tr("Printed")},
    };
    for (const auto& [name, word] : words) {
        if (action == name) {
            return word;
        }
    }
    return text(action);
}

QString CaseDocumentPdf::html(const CaseDocument& document)
{
    const domain::ClientRecord& record = document.record;
    HtmlWriter out;
    out.title(tr("Everything held about a client"),
              tr("Assistance System for Victims of Human Trafficking · for the client's access request"));
    out.paragraph(tr("%1, client number %2. Exported on %3 by %4.")
                      .arg(RecordHtml::fullName(record.person),
                           record.number ? text(record.number->toString()) : tr("none"),
                           ui::DateText::formatMoment(text(document.exportedAt)),
                           text(document.exportedBy)));
    out.note(
        tr("Majakka keeps the record in an encrypted database. This copy is not encrypted: keep it safe, "
           "and give it to the client only."));
    RecordHtml::everything(out, record, today());

    out.heading(tr("Values as written"));
    out.note(
        tr("Every value written to the record, oldest first, with who wrote it. Earlier values are kept: "
           "the history of a record is never rewritten."));
    QList<QStringList> writes;
    for (const ValueWrite& write : document.history) {
        writes.append({ui::DateText::formatMoment(text(write.at)),
                       text(write.author),
                       text(write.field),
                       write.value ? valueText(write.value) : tr("(cleared)")});
    }
    out.table({tr("When"), tr("Who"), tr("Field"), tr("Value written")}, writes);

    out.heading(tr("Audit trail"));
    out.note(tr("Every time the record was opened, changed, printed or exported, oldest first. The audit log "
                "cannot be changed."));
    QList<QStringList> entries;
    for (const audit::AuditEntry& entry : document.auditTrail) {
        entries.append({ui::DateText::formatMoment(text(entry.at)),
                        text(entry.user),
                        actionText(entry.action),
                        text(entry.detail)});
    }
    out.table({tr("When"), tr("Who"), tr("What"), tr("Details")}, entries);
    return out.html();
}

void printTo(const QString& html, const QString& footer, QPagedPaintDevice& device)
{
    QPainter painter(&device);
    QTextDocument document;
    // Laid out in the device's own units, so that point sizes mean points on paper.
    document.documentLayout()->setPaintDevice(&device);
    QFont font;
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    QFont small = font;
    small.setPointSizeF(8);
    const double footerHeight = QFontMetricsF(small, &device).height() * 2.5;
    const QSizeF page(device.width(), device.height() - footerHeight);
    document.setPageSize(page);
    const int pages = document.pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0) {
            device.newPage();
        }
        const QRectF shown(0, index * page.height(), page.width(), page.height());
        painter.save();
        painter.translate(0, -shown.top());
        document.drawContents(&painter, shown);
        painter.restore();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF line(0, device.height() - footerHeight / 2, page.width(), footerHeight / 2);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignBottom, footer);
        painter.drawText(line,
                         Qt::AlignRight | Qt::AlignBottom,
                         CaseDocumentPdf::tr("Page %1 of %2").arg(index + 1).arg(pages));
        painter.setPen(Qt::black);
    }
}

QByteArray printToPdf(const QString& html, const QString& title)
{
    const QString footer = CaseDocumentPdf::tr("Majakka · %1").arg(title);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Majakka"));
        writer.setTitle(title);
        printTo(html, footer, writer);
    }
    return bytes;
}

QByteArray CaseDocumentPdf::render(const CaseDocument& document, const QString& language)
{
    const DocumentLanguage words(language);
    const DocumentLanguage::Scope scope(words);
    return printToPdf(html(document), tr("Everything held about a client"));
}

} // namespace majakka::reports
