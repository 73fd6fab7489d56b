#include "ui/statistics/StatisticsPreview.h"

#include "statistics/FigureLayout.h"
#include "ui/reports/StatisticsChart.h"
#include "ui/reports/StatisticsText.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace majakka::ui {

using reports::StatisticsChart;
using reports::StatisticsText;

StatisticsPreview::StatisticsPreview(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTreeWidget(this))
    , m_chartLabel(new QLabel(this))
    , m_chartChoice(new QComboBox(this))
    , m_chart(new QChartView(this))
    , m_note(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("statisticsTable"));
    m_table->setColumnCount(3);
    m_table->setRootIsDecorated(true);
    m_table->setUniformRowHeights(true);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_chartChoice->setObjectName(QStringLiteral("statisticsChartChoice"));
    m_chartLabel->setBuddy(m_chartChoice);
    m_chart->setObjectName(QStringLiteral("statisticsChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(360, 260);
    m_note->setObjectName(QStringLiteral("statisticsChartNote"));
    m_note->setWordWrap(true);

    auto* chartSide = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartSide);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto* choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_chartLabel);
    choiceRow->addWidget(m_chartChoice, 1);
    chartLayout->addLayout(choiceRow);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_note);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(chartSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_chartChoice, &QComboBox::currentIndexChanged, this, &StatisticsPreview::showChart);
    retranslateUi();
}

void StatisticsPreview::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void StatisticsPreview::retranslateUi()
{
    m_table->setAccessibleName(tr("Figures to be published"));
    m_chartLabel->setText(tr("Ch&art:"));
    m_chartChoice->setAccessibleName(tr("Figures shown in the chart"));
    m_chart->setAccessibleName(tr("Chart of the chosen figures"));
    fillTable();
}

void StatisticsPreview::clear()
{
    m_report.reset();
    fillTable();
}

void StatisticsPreview::show(std::shared_ptr<const statistics::ReleasedReport> report)
{
    m_report = std::move(report);
    fillTable();
}

void StatisticsPreview::fillTable()
{
    m_table->clear();
    const QSignalBlocker blocker(m_chartChoice);
    const int chosen = std::max(0, m_chartChoice->currentIndex());
    m_chartChoice->clear();
    m_indicators.clear();
    if (!m_report) {
        m_table->setHeaderLabels({tr("Figure"), QString(), QString()});
        showChart();
        return;
    }
    m_table->setHeaderLabels({tr("Figure"),
                              StatisticsText::periodName(m_report->current().period),
                              StatisticsText::periodName(m_report->previous().period)});
    const auto& cells = m_report->layout().cells();
    QTreeWidgetItem* group = nullptr;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const std::string& indicator = cells[i].indicator;
        if (m_indicators.empty() || m_indicators.back() != indicator) {
            m_indicators.push_back(indicator);
            group = new QTreeWidgetItem(m_table, {StatisticsText::indicatorTitle(indicator)});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
            m_chartChoice->addItem(StatisticsText::indicatorTitle(indicator));
        }
        auto* item = new QTreeWidgetItem(group,
                                         {StatisticsText::categoryText(indicator, cells[i].category),
                                          StatisticsText::count(m_report->current().values[i]),
                                          StatisticsText::count(m_report->previous().values[i])});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    // The forms of exploitation first, as in the PDF.
    const auto byForm = std::find(m_indicators.begin(), m_indicators.end(), statistics::indicator::ByForm);
    const int preferred = byForm == m_indicators.end() ? 0 : static_cast<int>(byForm - m_indicators.begin());
    m_chartChoice->setCurrentIndex(chosen > 0 && chosen < m_chartChoice->count() ? chosen : preferred);
    showChart();
}

void StatisticsPreview::showChart()
{
    QChart* previous = m_chart->chart();
    const int index = m_chartChoice->currentIndex();
    if (!m_report || index < 0 || index >= static_cast<int>(m_indicators.size())) {
        m_chart->setChart(new QChart);
        m_note->clear();
    } else {
        const reports::ChartData shown
            = StatisticsChart::dataOf(*m_report, m_indicators[static_cast<std::size_t>(index)]);
        m_chart->setChart(StatisticsChart::make(shown));
        m_note->setText(shown.anySuppressed ? StatisticsChart::note() : QString());
    }
    delete previous;
}

} // namespace majakka::ui
