#pragma once

#include "ui/record/dialogs/RecordDialog.h"

namespace majakka::ui {

// A visit, call or meeting with the client: when, where, by whom, whether an
// interpreter was used, and a note. A new contact is dated today and given to
// the client's worker, the usual case.
class ContactDialog : public RecordDialog
{
    Q_OBJECT

public:
    ContactDialog(const std::optional<domain::Contact>& contact,
                  const domain::ClientRecord& record,
                  QWidget* parent = nullptr);

    domain::Contact value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    domain::Contact m_original;
    QComboBox* m_kind;
    DateEdit* m_date;
    QLineEdit* m_municipality;
    QLineEdit* m_worker;
    QCheckBox* m_interpreter;
    QPlainTextEdit* m_note;
};

} // namespace majakka::ui
