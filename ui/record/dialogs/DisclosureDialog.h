#pragma once

#include "ui/record/dialogs/RecordDialog.h"

namespace majakka::ui {

// Something about the client told to someone outside the Assistance System:
// to whom, what, when and on what basis. Never without one: as it is typed,
// the dialog checks that the client's consent was in force that day, or that
// a serious threat was recorded by then.
class DisclosureDialog : public RecordDialog
{
    Q_OBJECT

public:
    DisclosureDialog(const std::optional<domain::Disclosure>& disclosure,
                     const domain::ClientRecord& record,
                     QWidget* parent = nullptr);

    domain::Disclosure value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    domain::Disclosure m_original;
    domain::ClientRecord m_record;
    DateEdit* m_date;
    QLineEdit* m_toWhom;
    QPlainTextEdit* m_what;
    QComboBox* m_basis;
};

} // namespace majakka::ui
