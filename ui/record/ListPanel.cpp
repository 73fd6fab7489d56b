#include "ui/record/ListPanel.h"

#include "ui/record/RecordEditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace majakka::ui {

ListPanel::ListPanel(RecordEditor& editor, ListSpec spec, QWidget* parent)
    : RecordPanel(editor, spec.key, parent)
    , m_spec(std::move(spec))
    , m_table(new QTableWidget(this))
    , m_empty(new QLabel(this))
{
    m_table->setObjectName(m_spec.key + QStringLiteral("Table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_empty->setTextFormat(Qt::PlainText);
    content()->addWidget(m_table);
    content()->addWidget(m_empty);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ListPanel::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { edit(); });
}

void ListPanel::refresh()
{
    clearRefusal();
    heading()->setText(m_spec.heading());
    if (m_spec.intro) {
        intro()->setText(m_spec.intro());
        intro()->show();
    }
    const QStringList columns = m_spec.columns();
    const std::vector<QStringList> rows = m_spec.rows(editor().record());
    const int keep = selectedRow();
    const int before = m_table->rowCount();
    m_table->setColumnCount(static_cast<int>(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setAccessibleName(EntryActions::undoText(m_spec.heading()));
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QStringList& cells = rows[static_cast<std::size_t>(row)];
        for (int column = 0; column < cells.size() && column < columns.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
    fitToRows(m_table);
    m_empty->setText(m_spec.whenEmpty());
    // An empty list is said in words; its &-letter goes to Add instead.
    m_empty->setVisible(rows.empty());
    m_table->setVisible(!rows.empty());
    heading()->setBuddy(rows.empty() && m_spec.texts ? static_cast<QWidget*>(addButton()) : m_table);
    if (m_selectNew && m_table->rowCount() > before) {
        m_table->selectRow(m_table->rowCount() - 1);
    } else if (keep >= 0 && keep < m_table->rowCount()) {
        m_table->selectRow(keep);
    }
    m_selectNew = false;
    updateButtons();
}

int ListPanel::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

EntryActions ListPanel::actions() const
{
    if (!m_spec.texts) {
        return {};
    }
    const PartTexts texts = m_spec.texts();
    const bool editable = editor().mayEdit();
    return {editable,
            editable && hasSelection(),
            editable && hasSelection(),
            texts.add,
            texts.edit,
            texts.remove};
}

void ListPanel::add()
{
    if (actions().add) {
        m_selectNew = true;
        m_spec.open(std::nullopt, this);
    }
}

void ListPanel::edit()
{
    if (actions().edit) {
        m_spec.open(static_cast<std::size_t>(selectedRow()), this);
    }
}

void ListPanel::remove()
{
    if (!actions().remove) {
        return;
    }
    const auto row = static_cast<std::size_t>(selectedRow());
    // Removal is undoable (Ctrl+Z), so it does not ask first.
    const auto refusal = editor().change(m_spec.without(editor().record(), row),
                                         EntryActions::undoText(m_spec.texts().remove));
    showRefusal(refusal);
}

void ListPanel::fitToRows(QTableWidget* table)
{
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    const int visibleRows = std::clamp(table->rowCount(), 1, 12);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height()
                          + visibleRows * table->verticalHeader()->defaultSectionSize()
                          + 2 * table->frameWidth() + 4);
}

} // namespace majakka::ui
