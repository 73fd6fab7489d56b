#include "ui/reports/StatisticsChart.h"

#include "ui/reports/StatisticsText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace majakka::reports {

ChartData StatisticsChart::dataOf(const statistics::ReleasedReport& report, std::string_view indicator)
{
    ChartData data;
    data.title = StatisticsText::indicatorTitle(indicator);
    data.currentName = StatisticsText::periodName(report.current().period);
    data.previousName = StatisticsText::periodName(report.previous().period);
    data.vertical = indicator == statistics::indicator::ByAgeBand;
    const auto& cells = report.layout().cells();
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (cells[i].indicator != indicator || cells[i].category == statistics::category::Total) {
            continue;
        }
        const auto current = report.current().values[i];
        const auto previous = report.previous().values[i];
        const bool suppressed = !current || !previous;
        data.anySuppressed = data.anySuppressed || suppressed;
        // Age bands read as the numbers along the axis ("0–8").
        const QString label = data.vertical && cells[i].category != statistics::category::Unknown
            ? QString::fromStdString(cells[i].category).replace(QLatin1Char('-'), QChar(0x2013))
            : StatisticsText::categoryText(indicator, cells[i].category);
        data.categories.append(label + (suppressed ? QStringLiteral(" *") : QString()));
        data.current.append(current);
        data.previous.append(previous);
    }
    return data;
}

QString StatisticsChart::note()
{
    return tr("* A count of this category is suppressed in at least one of the periods and has no bar; the "
              "table gives the counts.");
}

QChart* StatisticsChart::make(const ChartData& data)
{
    auto* chart = new QChart;
    chart->setTitle(data.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Bars across are drawn from the bottom up: reversed, the first category
    // reads first, as in the table.
    QStringList categories = data.categories;
    QList<std::optional<qint64>> current = data.current;
    QList<std::optional<qint64>> previous = data.previous;
    if (!data.vertical) {
        std::reverse(categories.begin(), categories.end());
        std::reverse(current.begin(), current.end());
        std::reverse(previous.begin(), previous.end());
    }
    qint64 highest = 0;
    const auto barSet = [&](const QString& name, const QList<std::optional<qint64>>& values) {
        auto* set = new QBarSet(name);
        for (const auto& value : values) {
            set->append(static_cast<qreal>(value.value_or(0)));
            highest = std::max(highest, value.value_or(0));
        }
        return set;
    };
    QAbstractBarSeries* series
        = data.vertical ? static_cast<QAbstractBarSeries*>(new QBarSeries) : new QHorizontalBarSeries;
    QBarSet* before = barSet(data.previousName, previous);
    before->setBrush(QBrush(QColor(0x6b, 0x8e, 0xb5), Qt::BDiagPattern));
    before->setBorderColor(QColor(0x6b, 0x8e, 0xb5));
    QBarSet* now = barSet(data.currentName, current);
    now->setBrush(QColor(0x1f, 0x4e, 0x79));
    now->setBorderColor(QColor(0x1f, 0x4e, 0x79));
    series->append(before);
    series->append(now);
    series->setBarWidth(0.8);
    chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    if (data.vertical) {
        // Narrow columns: a smaller type keeps "Unknown" whole in every language.
        QFont font = categoryAxis->labelsFont();
        font.setPixelSize(10);
        categoryAxis->setLabelsFont(font);
    }
    auto* valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setRange(0, static_cast<qreal>(std::max<qint64>(highest, 4)));
    valueAxis->applyNiceNumbers();
    chart->addAxis(categoryAxis, data.vertical ? Qt::AlignBottom : Qt::AlignLeft);
    chart->addAxis(valueAxis, data.vertical ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    return chart;
}

} // namespace majakka::reports
