#pragma once

#include "ui/record/dialogs/RecordDialog.h"

namespace majakka::ui {

// One support measure: type, provider, status, start, end, urgent and a note.
// Checks the dates as they are typed (a real date, the end not before the
// start, an ended measure has an end); the core's case rules (admission,
// consent) are said beside the field at OK.
class MeasureDialog : public RecordDialog
{
    Q_OBJECT

public:
    MeasureDialog(const std::optional<domain::SupportMeasure>& measure,
                  const domain::ClientRecord& record,
                  QWidget* parent = nullptr);

    domain::SupportMeasure value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    domain::SupportMeasure m_original;
    QComboBox* m_type;
    QComboBox* m_provider;
    QComboBox* m_status;
    DateEdit* m_start;
    DateEdit* m_end;
    QCheckBox* m_urgent;
    QLineEdit* m_note;
};

} // namespace majakka::ui
