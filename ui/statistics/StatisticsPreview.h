#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "statistics/ReleasedReport.h"
#endif

#include <QWidget>
#include <memory>
#include <string>
#include <vector>

class QChartView;
class QComboBox;
class QLabel;
class QTreeWidget;

namespace majakka::ui {

// What a released report will publish, before it is exported: every
// indicator with its categories, the period beside the previous one, and a
// chart of one indicator at a time. It shows the released report only, so a
// suppressed count reads as the word for it.
class StatisticsPreview : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsPreview(QWidget* parent = nullptr);

    void show(std::shared_ptr<const statistics::ReleasedReport> report);
    void clear();

    QTreeWidget* table() const { return m_table; }
    QComboBox* chartChoice() const { return m_chartChoice; }
    QChartView* chartView() const { return m_chart; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillTable();
    void showChart();

    std::shared_ptr<const statistics::ReleasedReport> m_report;
    std::vector<std::string> m_indicators;
    QTreeWidget* m_table;
    QLabel* m_chartLabel;
    QComboBox* m_chartChoice;
    QChartView* m_chart;
    QLabel* m_note;
};

} // namespace majakka::ui
