#pragma once

#include "statistics/ReleasedReport.h"
#include "ui/reports/DocumentLanguage.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <string_view>

class QChart;

namespace majakka::reports {

// One indicator of a released report as a chart shows it: its categories
// (the total left out), the period's counts and the previous period's.
struct ChartData
{
    QString title;
    QStringList categories; // a suppressed count's category ends in " *"
    QString currentName;
    QString previousName;
    QList<std::optional<qint64>> current;
    QList<std::optional<qint64>> previous;
    bool anySuppressed = false;
    // Columns for categories in an order of their own (age bands), bars across otherwise.
    bool vertical = false;
};

class StatisticsChart
{
    MAJAKKA_DOCUMENT_TR_FUNCTIONS(StatisticsChart)

public:
    // In the current document's language (or the program's).
    static ChartData dataOf(const statistics::ReleasedReport& report, std::string_view indicator);

    // Bars, the previous period (hatched) beside the period (solid), so the
    // two differ by more than colour. A suppressed
    // count has no bar: drawing it as zero would say it is zero, so its
    // category is marked with an asterisk instead, and note() says what that
    // means (in words, not colour). The caller owns the chart.
    static QChart* make(const ChartData& data);
    static QString note();
};

} // namespace majakka::reports
