#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "casework/ClientService.h"
#endif
#include "ui/record/EntryActions.h"
#include "ui/record/HistoryTab.h"

#include <QWidget>
#include <array>

class QLabel;
class QTabWidget;

namespace majakka::ui {

class ErrorLabel;
class RecordEditor;
class RecordHeader;
class RecordPanel;
class RecordTab;

// One open client record: the header and a tab per part of the case. Opening
// it is ClientService::show, which writes the view to the audit log. Every
// part is changed through its dialog as one undoable change; the generic
// addEntry(), editEntry() and removeEntry() act on the part last used in the
// current tab (the Record menu's Add, Edit and Remove).
class ClientRecordPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        OverviewTab,
        ReferralTab,
        ExploitationTab,
        MeasuresTabIndex,
        ReflectionTab,
        CriminalProcessTab,
        FamilyTab,
        ContactsTab,
        ConsentsTab,
        HistoryTabIndex,
        TabCount
    };

    // Throws majakka::Error when the core refuses (not found, not in the user's scope).
    static ClientRecordPage* open(ClientService& clients,
                                  HistoryTab::Source history,
                                  const QString& clientId,
                                  bool mayEdit,
                                  QWidget* parent = nullptr);

    QString clientId() const;
    // For navigation: "Santos, Maria Elena (HKI-2026-0042)".
    QString title() const;
    RecordEditor* editor() const { return m_editor; }
    RecordHeader* header() const { return m_header; }
    QTabWidget* tabs() const { return m_tabs; }
    RecordTab* recordTab(Tab tab) const;
    // The part named `key` ("contact", "referral"…), in whichever tab.
    RecordPanel* panel(const QString& key) const;
    // The role allows changes and the case has not ended.
    bool mayEdit() const;
    // Undo and redo stay open on an ended case: undoing the end reopens it.
    bool mayUndo() const;

    // Reads the family links again: children are linked in their own records,
    // perhaps while this one was open. Called when the page is shown anew.
    void refreshFamily();

    EntryActions entryActions() const;
    void addEntry();
    void editEntry();
    void removeEntry();

Q_SIGNALS:
    void titleChanged();
    void recordChanged();
    void entryActionsChanged();
    // The user asked for another client's record (a child's parent).
    void openClientRequested(const QString& clientId);

protected:
    void changeEvent(QEvent* event) override;

private:
    ClientRecordPage(ClientService& clients,
                     HistoryTab::Source history,
                     domain::ClientRecord record,
                     bool mayEdit,
                     QWidget* parent);
    void retranslateUi();
    void refresh();
    RecordPanel* currentPanel() const;

    RecordEditor* m_editor;
    RecordHeader* m_header;
    QLabel* m_readOnly;
    ErrorLabel* m_message;
    QTabWidget* m_tabs;
    std::array<RecordTab*, HistoryTabIndex> m_recordTabs {};
    HistoryTab* m_history;
};

} // namespace majakka::ui
