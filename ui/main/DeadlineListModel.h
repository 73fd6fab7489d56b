#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers.
#ifndef Q_MOC_RUN
#include "casework/ClientService.h"
#include "domain/Date.h"
#endif

#include <QAbstractTableModel>
#include <vector>

namespace majakka::ui {

// The home page's deadlines as a table: a model rather than a table of
// items, because a worker with thousands of cases has thousands of them.
class DeadlineListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DueColumn,
        WhenColumn,
        WhatColumn,
        ClientColumn,
        ColumnCount
    };

    explicit DeadlineListModel(QObject* parent = nullptr);

    void setDeadlines(std::vector<ClientDeadline> deadlines, domain::Date today);
    const ClientDeadline* deadlineAt(int row) const;
    int overdueCount() const;
    // Headers and words follow the language.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ClientDeadline> m_deadlines;
    domain::Date m_today;
};

} // namespace majakka::ui
