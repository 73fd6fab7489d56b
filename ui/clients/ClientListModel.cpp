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

ClientListModel::Query ClientListModel::immediate(std::function<Rows(const ClientFilter&)> list)
{
    return [list = std::move(list)](const ClientFilter& filter, const Arrange& arrange, const Reply& reply) {
        Rows rows = list(filter);
        reply(arrange ? arrange(std::move(rows)) : std::move(rows));
    };
}

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
    ++m_ticket;
    beginResetModel();
    m_query = nullptr;
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_complete = true;
    m_loading = false;
    m_fetching = false;
    endResetModel();
}

void ClientListModel::reload()
{
    const quint64 ticket = ++m_ticket;
    m_fetching = false;
    if (!m_query) {
        beginResetModel();
        m_rows.clear();
        m_complete = true;
        m_loading = false;
        endResetModel();
        return;
    }
    const bool paged = isIndexOrder();
    ClientFilter filter = m_filter;
    filter.offset.reset();
    filter.limit = paged ? std::optional<std::size_t>(PageSize) : std::nullopt;
    Arrange arrange;
    if (!paged) {
        arrange = [column = m_sortColumn, order = m_sortOrder](Rows rows) {
            return sorted(std::move(rows), column, order);
        };
    }
    m_loading = true;
    m_query(filter, arrange, [this, ticket, paged](std::optional<Rows> rows) {
        if (ticket != m_ticket) {
            return;
        }
        m_loading = false;
        if (rows) {
            beginResetModel();
            m_rows = std::move(*rows);
            m_complete = !paged || m_rows.size() < PageSize;
            endResetModel();
        }
        Q_EMIT loaded();
    });
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

QString ClientListModel::text(const ClientSummary& summary, int column)
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
    return columnTitle(section);
}

QString ClientListModel::columnTitle(int column)
{
    switch (column) {
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
    return !parent.isValid() && !m_complete && m_query && !m_loading && !m_fetching;
}

void ClientListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    ClientFilter page = m_filter;
    page.offset = m_rows.size();
    page.limit = PageSize;
    const quint64 ticket = m_ticket;
    m_fetching = true;
    m_query(page, {}, [this, ticket](std::optional<Rows> rows) {
        if (ticket != m_ticket) {
            return;
        }
        m_fetching = false;
        if (rows) {
            m_complete = rows->size() < PageSize;
            appendRows(std::move(*rows));
        }
    });
}

void ClientListModel::appendRows(Rows rows)
{
    if (rows.empty()) {
        return;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    endInsertRows();
}

void ClientListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder)) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

ClientListModel::Rows ClientListModel::sorted(Rows rows, int column, Qt::SortOrder order)
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto key = [&](const ClientSummary& summary) {
        if (column == NameColumn) {
            return QString::fromStdString(summary.familyName + " " + summary.givenNames);
        }
        if (column == NumberColumn) {
            return QString::fromStdString(summary.number);
        }
        return text(summary, column);
    };
    std::vector<std::pair<QCollatorSortKey, std::size_t>> keys;
    keys.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        keys.emplace_back(collator.sortKey(key(rows[i])), i);
    }
    const bool descending = order == Qt::DescendingOrder;
    std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
        const int compared = a.first.compare(b.first);
        return descending ? compared > 0 : compared < 0;
    });
    Rows out;
    out.reserve(rows.size());
    for (const auto& entry : keys) {
        out.push_back(std::move(rows[entry.second]));
    }
    return out;
}

} // namespace majakka::ui
