#include "ui/sync/ConflictModel.h"

#include "ui/sync/ConflictText.h"
#include "ui/sync/FieldText.h"

#include <QFont>

namespace majakka::ui {

namespace {
// A conflict's row has internal id 0; a value's row the conflict's row + 1.
constexpr quintptr ConflictRow = 0;
} // namespace

ConflictModel::ConflictModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void ConflictModel::setConflicts(std::vector<sync::Conflict> conflicts)
{
    beginResetModel();
    m_conflicts = std::move(conflicts);
    endResetModel();
}

void ConflictModel::retranslate()
{
    if (!m_conflicts.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const sync::Conflict* ConflictModel::conflictAt(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return nullptr;
    }
    const std::size_t row = index.internalId() == ConflictRow
        ? static_cast<std::size_t>(index.row())
        : static_cast<std::size_t>(index.internalId() - 1);
    return row < m_conflicts.size() ? &m_conflicts[row] : nullptr;
}

const sync::ConflictHead* ConflictModel::headAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == ConflictRow) {
        return nullptr;
    }
    const sync::Conflict* conflict = conflictAt(index);
    const auto row = static_cast<std::size_t>(index.row());
    return conflict && row < conflict->heads.size() ? &conflict->heads[row] : nullptr;
}

QModelIndex ConflictModel::indexOf(const std::string& conflictId) const
{
    for (std::size_t row = 0; row < m_conflicts.size(); ++row) {
        if (m_conflicts[row].id == conflictId) {
            return index(static_cast<int>(row), 0);
        }
    }
    return {};
}

QModelIndex ConflictModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return static_cast<std::size_t>(row) < m_conflicts.size() ? createIndex(row, column, ConflictRow)
                                                                  : QModelIndex();
    }
    if (parent.internalId() != ConflictRow) {
        return {};
    }
    const sync::Conflict& conflict = m_conflicts[static_cast<std::size_t>(parent.row())];
    if (static_cast<std::size_t>(row) >= conflict.heads.size()) {
        return {};
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex ConflictModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == ConflictRow) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, ConflictRow);
}

int ConflictModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_conflicts.size());
    }
    if (parent.internalId() != ConflictRow || parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(m_conflicts[static_cast<std::size_t>(parent.row())].heads.size());
}

int ConflictModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex& index, int role) const
{
    const sync::Conflict* conflict = conflictAt(index);
    if (!conflict) {
        return {};
    }
    if (role == ConflictIdRole) {
        return QString::fromStdString(conflict->id);
    }
    if (const sync::ConflictHead* head = headAt(index)) {
        if (role == HeadIdRole) {
            return QString::fromStdString(head->opId.hex());
        }
        return headData(*conflict, *head, index.column(), role);
    }
    if (role == HeadIdRole) {
        return QString();
    }
    return conflictData(*conflict, index.column(), role);
}

QVariant ConflictModel::conflictData(const sync::Conflict& conflict, int column, int role) const
{
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole) || column != ConflictColumn) {
        return {};
    }
    return tr("%1 — %2").arg(ConflictText::record(conflict), ConflictText::field(conflict));
}

QVariant ConflictModel::headData(const sync::Conflict& conflict,
                                 const sync::ConflictHead& head,
                                 int column,
                                 int role) const
{
    if (role == Qt::FontRole && head.shown) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (column) {
    case ConflictColumn: {
        QString value = ConflictText::value(head);
        // A delete conflict gathers the edits of several fields.
        if (conflict.isDelete() && head.field != "$deleted") {
            value = tr("%1: %2").arg(FieldText::fieldName(head.field), value);
        }
        if (head.shown) {
            value = tr("%1 (shown now)").arg(value);
        }
        if (role == Qt::ToolTipRole && head.shown) {
            return tr("%1\nThe record shows this value until the conflict is resolved.").arg(value);
        }
        return value;
    }
    case AuthorColumn:
        return QString::fromStdString(head.author);
    case DeviceColumn:
        return ConflictText::device(head);
    case WhenColumn:
        return ConflictText::when(head);
    default:
        return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ConflictColumn:
        return tr("Conflict and its values");
    case AuthorColumn:
        return tr("Made by");
    case DeviceColumn:
        return tr("Device");
    case WhenColumn:
        return tr("When");
    default:
        return {};
    }
}

} // namespace majakka::ui
