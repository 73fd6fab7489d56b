#pragma once

#include <QCoreApplication>

class QWidget;

namespace majakka::ui {

class RecordEditor;
class RecordTab;

// The tabs about what is done for the client: the needs assessment and the
// support measures; reflection periods and residence matters; the steps of
// the criminal process and legal aid.
class SupportParts
{
    Q_DECLARE_TR_FUNCTIONS(SupportParts)

public:
    static RecordTab* needs(RecordEditor& editor, QWidget* parent);
    static RecordTab* reflection(RecordEditor& editor, QWidget* parent);
    static RecordTab* criminalProcess(RecordEditor& editor, QWidget* parent);
};

} // namespace majakka::ui
