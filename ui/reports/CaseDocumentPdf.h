#pragma once

#include "casework/CaseDocument.h"
#include "ui/reports/DocumentLanguage.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace majakka::reports {

// Everything held about one client (casework/CaseDocument.h) as a document
// for the client's access request: every part of the record with every
// value, every value ever written, and the audit trail.
class CaseDocumentPdf
{
    MAJAKKA_DOCUMENT_TR_FUNCTIONS(CaseDocumentPdf)

public:
    // In the current document language.
    static QString html(const CaseDocument& document);
    // The PDF in `language`, made in memory. Needs a QApplication.
    static QByteArray render(const CaseDocument& document, const QString& language);

private:
    static QString actionText(const std::string& action);
};

// An HTML document laid out on A4 pages as a PDF, each page with a footer
// naming the document and its number.
QByteArray printToPdf(const QString& html, const QString& title);
// The same onto any paged device (a printer), under its own margins.
void printTo(const QString& html, const QString& footer, QPagedPaintDevice& device);

} // namespace majakka::reports
