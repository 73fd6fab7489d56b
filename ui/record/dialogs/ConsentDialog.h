#pragma once

#include "ui/record/dialogs/RecordDialog.h"

namespace majakka::ui {

// The client giving or withdrawing consent, on a day, to what is described.
// The latest record on or before a day decides whether consent is in force.
class ConsentDialog : public RecordDialog
{
    Q_OBJECT

public:
    ConsentDialog(const std::optional<domain::Consent>& consent,
                  const domain::ClientRecord& record,
                  QWidget* parent = nullptr);

    domain::Consent value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    domain::Consent m_original;
    DateEdit* m_date;
    QComboBox* m_status;
    QPlainTextEdit* m_scope;
};

} // namespace majakka::ui
