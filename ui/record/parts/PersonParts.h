#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace majakka::ui {

class RecordEditor;
class RecordTab;

// The tabs about the person: the overview (who they are, how to reach them,
// the office and worker) and children and family.
class PersonParts
{
    Q_DECLARE_TR_FUNCTIONS(PersonParts)

public:
    using OpenClient = std::function<void(const QString& clientId)>;

    static RecordTab* overview(RecordEditor& editor, QWidget* parent);
    static RecordTab* family(RecordEditor& editor, OpenClient openClient, QWidget* parent);
};

} // namespace majakka::ui
