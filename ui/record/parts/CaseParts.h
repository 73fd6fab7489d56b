#pragma once

#include <QCoreApplication>

class QWidget;

namespace majakka::ui {

class RecordEditor;
class RecordTab;

// The tabs about the path of the case: the referral, the admission decision
// and its appeal, the end of assistance and reopenings; and the exploitation.
class CaseParts
{
    Q_DECLARE_TR_FUNCTIONS(CaseParts)

public:
    static RecordTab* referral(RecordEditor& editor, QWidget* parent);
    static RecordTab* exploitation(RecordEditor& editor, QWidget* parent);
};

} // namespace majakka::ui
