#include "ui/main/DeadlineListModel.h"

#include "ui/clients/ClientListModel.h"
#include "ui/common/DateText.h"
#include "ui/common/VocabularyText.h"

#include <QApplication>
#include <QStyle>
#include <algorithm>

namespace majakka::ui {

DeadlineListModel::DeadlineListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void DeadlineListModel::setDeadlines(std::vector<ClientDeadline> deadlines, domain::Date today)
{
    beginResetModel();
    m_deadlines = std::move(deadlines);
    m_today = today;
    endResetModel();
}

const ClientDeadline* DeadlineListModel::deadlineAt(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_deadlines.size()) {
        return nullptr;
    }
    return &m_deadlines[static_cast<std::size_t>(row)];
}

int DeadlineListModel::overdueCount() const
{
    return static_cast<int>(
        std::count_if(m_deadlines.begin(), m_deadlines.end(), [&](const ClientDeadline& item) {
            return item.deadline.due < m_today;
        }));
}

void DeadlineListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_deadlines.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int DeadlineListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_deadlines.size());
}

int DeadlineListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadlineListModel::data(const QModelIndex& index, int role) const
{
    const ClientDeadline* item = index.isValid() ? deadlineAt(index.row()) : nullptr;
    if (!item) {
        return {};
    }
    const int days = domain::daysBetween(m_today, item->deadline.due);
    if (role == Qt::DecorationRole && index.column() == WhenColumn && days < 0) {
        // Overdue in words and with an icon, not by colour alone.
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case DueColumn:
        return DateText::format(item->deadline.due);
    case WhenColumn:
        return DateText::relative(days);
    case WhatColumn:
        return VocabularyText::text(item->deadline.kind);
    case ClientColumn:
        return tr("%1 (%2)").arg(ClientListModel::displayName(item->client),
                                 QString::fromStdString(item->client.number));
    default:
        return {};
    }
}

QVariant DeadlineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DueColumn:
        return tr("Due");
    case WhenColumn:
        return tr("When");
    case WhatColumn:
        return tr("What");
    case ClientColumn:
        return tr("Client");
    default:
        return {};
    }
}

} // namespace majakka::ui
