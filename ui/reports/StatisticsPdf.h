#pragma once

#include "statistics/ReleasedReport.h"
#include "ui/reports/DocumentLanguage.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;

namespace majakka::reports {

// The half-year statistics as a document: the periods, the suppression rule
// it applied, charts of the forms of exploitation and the ages, and a table
// per indicator, each with the previous period beside it. Its only source is
// the released report, so a suppressed count can only appear as the word for
// it. Made in memory: nothing of it reaches the disk unless the caller writes it.
class StatisticsPdf
{
    MAJAKKA_DOCUMENT_TR_FUNCTIONS(StatisticsPdf)

public:
    // The PDF in `language` (DocumentLanguage::codes()). Needs a QApplication
    // (OffscreenGui outside the desktop program).
    static QByteArray render(const statistics::ReleasedReport& report, const QString& language);
    // Onto any paged device (a printer), in the current document language.
    static void render(const statistics::ReleasedReport& report, QPagedPaintDevice& device);
};

} // namespace majakka::reports
