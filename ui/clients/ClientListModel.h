#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "casework/ClientService.h"
#endif

#include <QAbstractTableModel>
#include <functional>
#include <vector>

namespace majakka::ui {

// The client list as a table: core summaries fetched a page at a time as the
// view scrolls, so that a list of 100,000 clients opens as fast as one of 30.
//
// Order: the core gives rows in client-number order (its index). Sorting by
// any other column, or by number descending, first fetches the rest of the
// rows that match the filter and then sorts them in memory, so that the top
// of the list is right rather than the top of the pages seen so far.
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Query = std::function<std::vector<ClientSummary>(const ClientFilter&)>;

    enum Column
    {
        NumberColumn,
        NameColumn,
        KindColumn,
        OfficeColumn,
        WorkerColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr std::size_t PageSize = 200;

    explicit ClientListModel(QObject* parent = nullptr);

    // Where rows come from (ClientService::list); an empty query shows nothing.
    void setQuery(Query query);
    void setFilter(ClientFilter filter);
    const ClientFilter& filter() const { return m_filter; }
    // Drops the rows and the query (on lock).
    void clear();
    // Repeats the query (after an edit elsewhere).
    void reload();

    const ClientSummary* summaryAt(int row) const;
    int rowOf(const std::string& clientId) const;
    // Whether every row matching the filter has been fetched.
    bool isComplete() const { return m_complete; }
    // Headers and words follow the language: the page calls this on a language change.
    void retranslate();

    static QString displayName(const ClientSummary& summary);
    static QString statusText(const ClientSummary& summary);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    std::vector<ClientSummary> query(std::size_t offset, std::optional<std::size_t> limit) const;
    bool isIndexOrder() const { return m_sortColumn == NumberColumn && m_sortOrder == Qt::AscendingOrder; }
    void appendRows(std::vector<ClientSummary> rows);
    void fetchRest();
    void sortRows();
    QString text(const ClientSummary& summary, int column) const;

    Query m_query;
    ClientFilter m_filter;
    std::vector<ClientSummary> m_rows;
    bool m_complete = true;
    int m_sortColumn = NumberColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace majakka::ui
