#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "casework/ClientService.h"
#endif

#include <QAbstractTableModel>
#include <functional>
#include <optional>
#include <vector>

namespace majakka::ui {

// The client list as a table: core summaries fetched a page at a time as the
// view scrolls, so that a list of 100,000 clients opens as fast as one of 30.
//
// Rows are asked for, not read: the query answers later, from the worker
// thread (SessionWorker), and the model shows what it had until then. An
// answer to a question overtaken by a newer one (another key typed, another
// sort) is dropped.
//
// Order: the core gives rows in client-number order (its index). Sorting by
// any other column, or by number descending, asks for every row that matches
// the filter, sorted where the query runs (off the UI thread), so that the top
// of the list is right rather than the top of the pages seen so far.
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Rows = std::vector<ClientSummary>;
    // Puts rows in order after they are read, where the query runs.
    using Arrange = std::function<Rows(Rows)>;
    // Nothing when the query failed (whoever ran it has said why).
    using Reply = std::function<void(std::optional<Rows>)>;
    // Answers one request through `reply`, on the UI thread, at once or later.
    using Query = std::function<void(const ClientFilter& filter, const Arrange& arrange, Reply reply)>;

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

    // A query answered at once by `list` (ClientService::list over a list in memory, tests).
    static Query immediate(std::function<Rows(const ClientFilter&)> list);

    // Where rows come from; an empty query shows nothing.
    void setQuery(Query query);
    void setFilter(ClientFilter filter);
    const ClientFilter& filter() const { return m_filter; }
    // Drops the rows and the query (on lock).
    void clear();
    // Asks again (after an edit elsewhere).
    void reload();

    const ClientSummary* summaryAt(int row) const;
    int rowOf(const std::string& clientId) const;
    // Whether every row matching the filter has been fetched.
    bool isComplete() const { return m_complete; }
    // Whether the answer to the latest filter or sort is still awaited.
    bool isLoading() const { return m_loading; }
    // Headers and words follow the language: the page calls this on a language change.
    void retranslate();

    static QString displayName(const ClientSummary& summary);
    static QString statusText(const ClientSummary& summary);
    static QString columnTitle(int column);
    // What a column shows of a client (a client number used twice says so).
    static QString text(const ClientSummary& summary, int column);
    // `rows` in the order of `column`; safe on any thread.
    static Rows sorted(Rows rows, int column, Qt::SortOrder order);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The answer to the latest filter or sort has been shown.
    void loaded();

private:
    bool isIndexOrder() const { return m_sortColumn == NumberColumn && m_sortOrder == Qt::AscendingOrder; }
    void appendRows(Rows rows);

    Query m_query;
    ClientFilter m_filter;
    Rows m_rows;
    // Counts the questions asked; an answer to an older one is dropped.
    quint64 m_ticket = 0;
    bool m_complete = true;
    bool m_loading = false;
    bool m_fetching = false;
    int m_sortColumn = NumberColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace majakka::ui
