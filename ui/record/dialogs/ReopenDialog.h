#pragma once

#include "ui/record/dialogs/RecordDialog.h"

namespace majakka::ui {

// Opens an ended case again: the date and the grounds. The end it cancels is
// kept in the reopening, and the record can be changed again.
class ReopenDialog : public RecordDialog
{
    Q_OBJECT

public:
    ReopenDialog(const std::optional<domain::Reopening>& reopening,
                 const domain::ClientRecord& record,
                 QWidget* parent = nullptr);

    domain::Reopening value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    domain::Reopening m_original;
    DateEdit* m_date;
    QPlainTextEdit* m_grounds;
    QLabel* m_ended;
};

} // namespace majakka::ui
