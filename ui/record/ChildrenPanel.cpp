#include "ui/record/ChildrenPanel.h"

#include "ui/clients/ClientListModel.h"
#include "ui/record/ListPanel.h"
#include "ui/record/RecordEditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <array>

namespace majakka::ui {

namespace {
constexpr std::array<int, 4> Columns {ClientListModel::NumberColumn,
                                      ClientListModel::NameColumn,
                                      ClientListModel::WorkerColumn,
                                      ClientListModel::StatusColumn};
}

ChildrenPanel::ChildrenPanel(RecordEditor& editor, OpenClient openClient, QWidget* parent)
    : RecordPanel(editor, QStringLiteral("children"), parent)
    , m_openClient(std::move(openClient))
    , m_table(new QTableWidget(this))
    , m_empty(new QLabel(this))
    , m_open(extraButton(QStringLiteral("openChildButton")))
{
    m_table->setObjectName(QStringLiteral("childrenTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setColumnCount(static_cast<int>(Columns.size()));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    content()->addWidget(m_table);
    content()->addWidget(m_empty);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_open->setEnabled(m_table->currentRow() >= 0);
    });
    connect(m_table, &QTableWidget::cellActivated, this, &ChildrenPanel::openSelected);
    connect(m_open, &QPushButton::clicked, this, &ChildrenPanel::openSelected);
}

void ChildrenPanel::refresh()
{
    clearRefusal();
    const bool isChild = editor().record().person.kind == domain::ClientKind::Child;
    setVisible(!isChild);
    if (isChild) {
        return;
    }
    heading()->setText(tr("Chil&dren"));
    m_open->setText(tr("Open the &child's record"));
    m_open->setAccessibleName(EntryActions::undoText(m_open->text()));
    const int current = m_table->currentRow();
    const std::string selected = current >= 0 && current < static_cast<int>(m_children.size())
        ? m_children[current].id
        : std::string();
    try {
        m_children = editor().children();
    } catch (const Error& error) {
        m_children.clear();
        showRefusal(error);
    }
    QStringList titles;
    for (int column : Columns) {
        titles << ClientListModel::columnTitle(column);
    }
    m_table->setHorizontalHeaderLabels(titles);
    m_table->setAccessibleName(tr("Children"));
    m_table->setRowCount(static_cast<int>(m_children.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const ClientSummary& child = m_children[static_cast<std::size_t>(row)];
        for (int column = 0; column < static_cast<int>(Columns.size()); ++column) {
            m_table->setItem(row,
                             column,
                             new QTableWidgetItem(
                                 ClientListModel::text(child, Columns[static_cast<std::size_t>(column)])));
        }
    }
    ListPanel::fitToRows(m_table);
    m_empty->setText(tr("No client you can see is linked to this one as their parent. A child is linked "
                        "in the child's own record, under Children and family."));
    m_empty->setVisible(m_children.empty());
    m_table->setVisible(!m_children.empty());
    m_open->setVisible(!m_children.empty());
    heading()->setBuddy(m_table);
    const auto kept = std::find_if(m_children.begin(), m_children.end(), [&](const ClientSummary& child) {
        return child.id == selected;
    });
    if (!m_children.empty()) {
        const int row = kept == m_children.end() ? 0 : static_cast<int>(kept - m_children.begin());
        m_table->setCurrentCell(row, 0, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_open->setEnabled(m_table->currentRow() >= 0);
    updateButtons();
}

void ChildrenPanel::openSelected()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < static_cast<int>(m_children.size())) {
        m_openClient(QString::fromStdString(m_children[static_cast<std::size_t>(row)].id));
    }
}

} // namespace majakka::ui
