#pragma once

#include "ui/record/RecordPanel.h"

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers.
#ifndef Q_MOC_RUN
#include "casework/ClientService.h"
#endif

#include <functional>
#include <vector>

class QLabel;
class QTableWidget;

namespace majakka::ui {

// A parent's children: the clients whose record names this one as their
// parent, those the user may see (ClientService::children), read again when
// the record changes or its page is shown anew (ClientRecordPage::refreshFamily). Enter, a double click or
// the button opens the child's record (an audited view, like any opening). A child's own record has no such
// part. The links are changed in the children's records.
class ChildrenPanel : public RecordPanel
{
    Q_OBJECT

public:
    using OpenClient = std::function<void(const QString& clientId)>;

    ChildrenPanel(RecordEditor& editor, OpenClient openClient, QWidget* parent = nullptr);

    void refresh() override;
    EntryActions actions() const override { return {}; }
    void add() override { }
    void edit() override { }
    void remove() override { }

    QTableWidget* table() const { return m_table; }
    const std::vector<ClientSummary>& children() const { return m_children; }

private:
    void openSelected();

    OpenClient m_openClient;
    QTableWidget* m_table;
    QLabel* m_empty;
    QPushButton* m_open;
    std::vector<ClientSummary> m_children;
};

} // namespace majakka::ui
