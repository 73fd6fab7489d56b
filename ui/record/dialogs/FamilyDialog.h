#pragma once

#include "ui/record/dialogs/RecordDialog.h"

#ifndef Q_MOC_RUN
#include "casework/ClientService.h"
#endif

#include <functional>
#include <vector>

namespace majakka::ui {

// What kind of client this is and, for a child, the parent client: found by
// name or client number among the clients the user may see. A child is a
// client in their own right, linked to the parent's record.
class FamilyDialog : public RecordDialog
{
    Q_OBJECT

public:
    using Finder = std::function<std::vector<ClientSummary>(const QString& search)>;

    // `recordedParent` names the parent already recorded, when it could be found.
    FamilyDialog(const domain::ClientRecord& record,
                 const std::optional<ClientSummary>& recordedParent,
                 Finder find,
                 QWidget* parent = nullptr);

    // "Santos Maria (HKI-2026-0042)"
    static QString clientText(const ClientSummary& client);

    domain::Person value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    void showRecordedParent();
    void search();
    void follow();

    domain::Person m_original;
    std::optional<ClientSummary> m_recordedParent;
    std::string m_self;
    Finder m_find;
    QComboBox* m_kind;
    QLineEdit* m_search;
    QListWidget* m_parents;
};

} // namespace majakka::ui
