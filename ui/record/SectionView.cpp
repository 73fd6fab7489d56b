#include "ui/record/SectionView.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace majakka::ui {

SectionView::SectionView(QWidget* parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    clear();
}

void SectionView::clear()
{
    // A fresh content widget: the old one and all it held go at once.
    m_content = new QWidget;
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(12, 12, 12, 12);
    delete takeWidget();
    setWidget(m_content);
}

void SectionView::addHeading(const QString& text)
{
    auto* label = new QLabel(text, m_content);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    if (m_layout->count() > 0) {
        m_layout->addSpacing(8);
    }
    m_layout->addWidget(label);
}

void SectionView::addForm(const Rows& rows)
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto& [name, value] : rows) {
        auto* label = new QLabel(name, m_content);
        auto* field = new QLabel(value.isEmpty() ? tr("not recorded") : value, m_content);
        field->setTextFormat(Qt::PlainText);
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setAccessibleName(name);
        if (value.isEmpty()) {
            field->setEnabled(false);
        }
        form->addRow(label, field);
    }
    m_layout->addLayout(form);
}

QTableWidget* SectionView::addTable(const QString& accessibleName,
                                    const QStringList& headers,
                                    const std::vector<QStringList>& rows,
                                    const QString& whenEmpty)
{
    if (rows.empty()) {
        addText(whenEmpty);
        return nullptr;
    }
    auto* table
        = new QTableWidget(static_cast<int>(rows.size()), static_cast<int>(headers.size()), m_content);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    for (int row = 0; row < static_cast<int>(rows.size()); ++row) {
        const QStringList& cells = rows[static_cast<std::size_t>(row)];
        for (int column = 0; column < cells.size() && column < headers.size(); ++column) {
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    // Tall enough for its rows (up to a dozen), so that the tab scrolls as one page.
    const int visibleRows = std::min(static_cast<int>(rows.size()), 12);
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height()
                            + visibleRows * table->verticalHeader()->defaultSectionSize()
                            + 2 * table->frameWidth() + 4);
    m_layout->addWidget(table);
    return table;
}

void SectionView::addText(const QString& text)
{
    auto* label = new QLabel(text, m_content);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    m_layout->addWidget(label);
}

void SectionView::finish()
{
    m_layout->addStretch(1);
}

} // namespace majakka::ui
