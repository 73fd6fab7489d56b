#pragma once

#include "ui/record/dialogs/RecordDialog.h"

namespace majakka::ui {

// Ends the assistance, by an assessment of the client's own situation: the
// date, the reason and a note. The case is read-only afterwards, until it is
// reopened (ReopenDialog).
class EndDialog : public RecordDialog
{
    Q_OBJECT

public:
    EndDialog(const std::optional<domain::EndOfAssistance>& end,
              const domain::ClientRecord& record,
              QWidget* parent = nullptr);

    domain::EndOfAssistance value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    domain::EndOfAssistance m_original;
    std::optional<domain::Date> m_admitted;
    DateEdit* m_date;
    QComboBox* m_reason;
    QPlainTextEdit* m_note;
    QLabel* m_readOnly;
};

} // namespace majakka::ui
