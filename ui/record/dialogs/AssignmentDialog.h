#pragma once

#include "ui/record/dialogs/RecordDialog.h"

namespace majakka::ui {

// The office and the worker the client is assigned to. Who may change which
// follows the core's rules: a caseworker keeps their own clients, an office
// worker keeps the client in their office; the dialog says so and locks the
// field rather than let the core refuse at OK.
class AssignmentDialog : public RecordDialog
{
    Q_OBJECT

public:
    AssignmentDialog(const domain::ClientRecord& record,
                     bool mayAssignWorker,
                     bool mayMoveOffice,
                     QWidget* parent = nullptr);

    domain::Person value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    domain::Person m_original;
    bool m_mayAssignWorker;
    bool m_mayMoveOffice;
    QComboBox* m_office;
    QLineEdit* m_worker;
    QLabel* m_rights;
};

} // namespace majakka::ui
