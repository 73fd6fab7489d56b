#include "ui/reports/StatisticsPdf.h"

#include "Version.h"
#include "statistics/FigureLayout.h"
#include "ui/common/DateText.h"
#include "ui/reports/PdfLayout.h"
#include "ui/reports/StatisticsChart.h"
#include "ui/reports/StatisticsText.h"

#include <QBuffer>
#include <QChart>
#include <QDate>
#include <QPdfWriter>
#include <algorithm>
#include <memory>

namespace majakka::reports {

namespace {
namespace indicator = statistics::indicator;

domain::Date today()
{
    const QDate now = QDate::currentDate();
    return domain::Date::fromYmd(
               now.year(), static_cast<unsigned>(now.month()), static_cast<unsigned>(now.day()))
        .value_or(domain::Date {});
}

// The indicators in the order of the report's cells.
std::vector<std::string> indicatorsOf(const statistics::FigureLayout& layout)
{
    std::vector<std::string> names;
    for (const auto& cell : layout.cells()) {
        if (names.empty() || names.back() != cell.indicator) {
            names.push_back(cell.indicator);
        }
    }
    return names;
}
} // namespace

void StatisticsPdf::render(const statistics::ReleasedReport& report, QPagedPaintDevice& device)
{
    const statistics::Period& period = report.current().period;
    const QString periodName = StatisticsText::periodName(period);
    const QString previousName = StatisticsText::periodName(report.previous().period);
    PdfLayout page(device, tr("Majakka · statistics %1").arg(QString::fromStdString(period.label())));

    page.title(period.isHalfYear() ? tr("Half-year statistics: %1").arg(periodName)
                                   : tr("Statistics: %1").arg(periodName),
               tr("Assistance System for Victims of Human Trafficking"));
    page.paragraph(
        tr("Clients of the Assistance System in %1, compared with %2. Made with Majakka %3 on %4.")
            .arg(periodName, previousName, QString::fromUtf8(Version), ui::DateText::format(today())));
    page.heading(tr("Suppression rule"));
    page.paragraph(StatisticsText::rule(report.threshold()));
    page.paragraph(tr("No figure in this report points to a person: it holds no names, no free text and no "
                      "dates finer than the period. Where a count is suppressed, the tables say “%1”.")
                       .arg(StatisticsText::suppressedWord()));

    bool noted = false;
    for (const auto* shown : {&indicator::ByForm, &indicator::ByAgeBand}) {
        const ChartData data = StatisticsChart::dataOf(report, *shown);
        const std::unique_ptr<QChart> chart(StatisticsChart::make(data));
        // Ten columns of age bands need more room across for their labels than bars do.
        page.chart(*chart, 78, data.vertical ? 900 : 760);
        noted = noted || data.anySuppressed;
    }
    if (noted) {
        page.paragraph(StatisticsChart::note(), true);
    }

    const auto& cells = report.layout().cells();
    for (const std::string& name : indicatorsOf(report.layout())) {
        QList<QStringList> rows;
        QList<int> totals;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (cells[i].indicator != name) {
                continue;
            }
            if (cells[i].category == statistics::category::Total) {
                totals.append(static_cast<int>(rows.size()));
            }
            rows.append({StatisticsText::categoryText(name, cells[i].category),
                         StatisticsText::count(report.current().values[i]),
                         StatisticsText::count(report.previous().values[i])});
        }
        // The heading stays with its table: room for both, or the next page.
        page.keepTogether(std::min(72.0, 22.0 + 6.0 * static_cast<double>(rows.size())));
        page.heading(StatisticsText::indicatorTitle(name));
        page.table({tr("Category"), periodName, previousName}, rows, totals);
    }

    page.heading(tr("How the figures are counted"));
    page.paragraph(
        tr("New clients are the admission decisions “admitted” dated in the period. Age is counted "
           "on the day of the decision; a birth date known only by its year counts as 1 July. "
           "Citizenship is the first one recorded. A client exploited in more than one way counts "
           "under each form, so the forms can add up to more than the total."));
    page.paragraph(
        tr("Clients within services are those admitted by the last day of the period whose "
           "assistance had not ended on it. Ends of assistance include ends that a later reopening "
           "cancelled."));
    page.finish();
}

QByteArray StatisticsPdf::render(const statistics::ReleasedReport& report, const QString& language)
{
    const DocumentLanguage words(language);
    const DocumentLanguage::Scope scope(words);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 18, 20, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Majakka"));
        writer.setTitle(
            tr("Half-year statistics %1").arg(QString::fromStdString(report.current().period.label())));
        render(report, writer);
    }
    return bytes;
}

} // namespace majakka::reports
