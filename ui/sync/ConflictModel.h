#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "sync/Conflicts.h"
#endif

#include <QAbstractItemModel>
#include <vector>

namespace majakka::ui {

// The conflicts as a tree: a row per conflict (the record and the field in
// the first column), under it a row per value it holds (the value, who made
// it, on which device, when). The value the record shows until someone
// chooses is marked in words.
class ConflictModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        ConflictColumn, // the record and field; under it, each value
        AuthorColumn,
        DeviceColumn,
        WhenColumn,
        ColumnCount
    };
    enum Role
    {
        ConflictIdRole = Qt::UserRole + 1,
        HeadIdRole, // the head's operation id in hex; empty on a conflict's row
    };

    explicit ConflictModel(QObject* parent = nullptr);

    void setConflicts(std::vector<sync::Conflict> conflicts);
    const std::vector<sync::Conflict>& conflicts() const { return m_conflicts; }
    // The conflict of a row or of one of its values; null for an invalid index.
    const sync::Conflict* conflictAt(const QModelIndex& index) const;
    const sync::ConflictHead* headAt(const QModelIndex& index) const;
    QModelIndex indexOf(const std::string& conflictId) const;
    // Words follow the language: the page calls this on a language change.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant conflictData(const sync::Conflict& conflict, int column, int role) const;
    QVariant
    headData(const sync::Conflict& conflict, const sync::ConflictHead& head, int column, int role) const;

    std::vector<sync::Conflict> m_conflicts;
};

} // namespace majakka::ui
