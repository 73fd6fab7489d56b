#include "ui/sync/ConflictText.h"

#include "store/HybridClock.h"
#include "ui/common/DateText.h"
#include "ui/sync/FieldText.h"

#include <QDateTime>
#include <algorithm>

namespace majakka::ui {

namespace {
constexpr const char* DeletedField = "$deleted";
}

QString ConflictText::field(const sync::Conflict& conflict)
{
    if (conflict.isDelete()) {
        return tr("Deleted on one device, changed on another");
    }
    return FieldText::fieldName(conflict.field);
}

QString ConflictText::record(const sync::Conflict& conflict)
{
    return conflict.label.empty() ? QString::fromStdString(conflict.record.hex())
                                  : QString::fromStdString(conflict.label);
}

QString ConflictText::value(const sync::ConflictHead& head)
{
    if (head.field == DeletedField) {
        return head.value == std::optional<std::string>("true") ? tr("Delete the record")
                                                                : tr("Keep the record");
    }
    return FieldText::value(head.field, head.value);
}

QString ConflictText::device(const sync::ConflictHead& head)
{
    const QString name = QString::fromStdString(head.siteName);
    if (head.local) {
        return name.isEmpty() ? tr("This device") : tr("This device (%1)").arg(name);
    }
    return name.isEmpty() ? tr("An unknown device") : name;
}

QString ConflictText::when(const sync::ConflictHead& head)
{
    const auto ms = static_cast<qint64>(store::HybridClock::physicalMs(head.hlc));
    const QDateTime moment = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return DateText::formatMoment(moment.toString(Qt::ISODate));
}

bool ConflictText::canTake(const sync::Conflict& conflict, bool local)
{
    std::vector<const sync::ConflictHead*> side;
    for (const sync::ConflictHead& head : conflict.heads) {
        if (head.local == local) {
            side.push_back(&head);
        }
    }
    if (side.empty()) {
        return false;
    }
    if (side.size() == 1) {
        return true;
    }
    // A delete conflict's side may hold the delete or several edited fields, never both.
    const bool deletes = side.front()->field == DeletedField;
    return conflict.isDelete()
        && std::all_of(side.begin(), side.end(), [deletes](const sync::ConflictHead* head) {
               return (head->field == DeletedField) == deletes;
           });
}

} // namespace majakka::ui
