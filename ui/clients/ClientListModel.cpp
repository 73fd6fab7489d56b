#include "ui/clients/ClientListModel.h"

#include "domain/ClientNumber.h"
#include "domain/PersonVocabulary.h"
#include "ui/common/VocabularyText.h"

#include <QApplication>
#include <QCollator>
#include <QStyle>
#include <algorithm>
#include <utility>

namespace majakka::ui {

ClientListModel::ClientListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ClientListModel::setQuery(Query query)
{
    m_query = std::move(query);
    reload();
}

void ClientListModel::setFilter(ClientFilter filter)
{
    m_filter = std::move(filter);
    reload();
}

void ClientListModel::clear()
{
    beginResetModel();
    m_query = nullptr;
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_complete = true;
    endResetModel();
}

void ClientListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_complete = !m_query;
    if (m_query) {
        if (isIndexOrder()) {
            m_rows = query(0, PageSize);
            m_complete = m_rows.size() < PageSize;
        } else {
            m_rows = query(0, std::nullopt);
            m_complete = true;
            sortRows();
        }
    }
    endResetModel();
}

std::vector<ClientSummary> ClientListModel::query(std::size_t offset, std::optional<std::size_t> limit) const
{
    ClientFilter page = m_filter;
    page.offset = offset == 0 ? std::nullopt : std::optional<std::size_t>(offset);
    page.limit = limit;
    return m_query(page);
}

const ClientSummary* ClientListModel::summaryAt(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_rows.size()) {
        return nullptr;
    }
    return &m_rows[static_cast<std::size_t>(row)];
}

int ClientListModel::rowOf(const std::string& clientId) const
{
    const auto found = std::find_if(
        m_rows.begin(), m_rows.end(), [&](const ClientSummary& summary) { return summary.id == clientId; });
    return found == m_rows.end() ? -1 : static_cast<int>(found - m_rows.begin());
}

void ClientListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

QString ClientListModel::displayName(const ClientSummary& summary)
{
    const QString family = QString::fromStdString(summary.familyName);
    const QString given = QString::fromStdString(summary.givenNames);
    if (family.isEmpty() || given.isEmpty()) {
        return family.isEmpty() ? given : family;
    }
    return tr("%1, %2", "family name, given names").arg(family, given);
}

QString ClientListModel::statusText(const ClientSummary& summary)
{
    return summary.ended ? tr("Ended") : tr("Active");
}

int ClientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClientListModel::text(const ClientSummary& summary, int column) const
{
    switch (column) {
    case NumberColumn:
        // Not by colour alone: the marker is words.
        return summary.numberTakenTwice
            ? tr("%1 (number used twice)").arg(QString::fromStdString(summary.number))
            : QString::fromStdString(summary.number);
    case NameColumn:
        return displayName(summary);
    case KindColumn:
        return VocabularyText::textOfName<domain::ClientKind>(summary.kind);
    case OfficeColumn:
        return VocabularyText::textOfName<domain::Office>(summary.office);
    case WorkerColumn:
        return QString::fromStdString(summary.worker);
    case StatusColumn:
        return statusText(summary);
    default:
        return {};
    }
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const
{
    const ClientSummary* summary = index.isValid() ? summaryAt(index.row()) : nullptr;
    if (!summary) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(*summary, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NumberColumn && summary->numberTakenTwice) {
            return tr("Another client has the same number, because two databases were merged. Give one of "
                      "them a new number.");
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == NumberColumn && summary->numberTakenTwice) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    default:
        return {};
    }
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case OfficeColumn:
        return tr("Office");
    case WorkerColumn:
        return tr("Worker");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

bool ClientListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete && m_query;
}

void ClientListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    std::vector<ClientSummary> rows = query(m_rows.size(), PageSize);
    m_complete = rows.size() < PageSize;
    appendRows(std::move(rows));
}

void ClientListModel::appendRows(std::vector<ClientSummary> rows)
{
    if (rows.empty()) {
        return;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    endInsertRows();
}

void ClientListModel::fetchRest()
{
    if (!m_complete && m_query) {
        appendRows(query(m_rows.size(), std::nullopt));
        m_complete = true;
    }
}

void ClientListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder)) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    if (isIndexOrder()) {
        reload();
        return;
    }
    fetchRest();
    // Rows move, the selection and the current row stay with their clients.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::string> ids;
    ids.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex& index : before) {
        const ClientSummary* summary = summaryAt(index.row());
        ids.push_back(summary ? summary->id : std::string());
    }
    sortRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(ids[static_cast<std::size_t>(i)]);
        after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ClientListModel::sortRows()
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const int column = m_sortColumn;
    const auto key = [&](const ClientSummary& summary) {
        if (column == NameColumn) {
            return QString::fromStdString(summary.familyName + " " + summary.givenNames);
        }
        if (column == NumberColumn) {
            return QString::fromStdString(summary.number);
        }
        return text(summary, column);
    };
    std::vector<std::pair<QString, std::size_t>> keys;
    keys.reserve(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        keys.emplace_back(key(m_rows[i]), i);
    }
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
        const int order = collator.compare(a.first, b.first);
        return descending ? order > 0 : order < 0;
    });
    std::vector<ClientSummary> sorted;
    sorted.reserve(m_rows.size());
    for (const auto& entry : keys) {
        sorted.push_back(std::move(m_rows[entry.second]));
    }
    m_rows = std::move(sorted);
}

} // namespace majakka::ui
