#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "casework/ClientService.h"
#endif
#include "ui/record/HistoryTab.h"

#include <QWidget>
#include <array>
#include <memory>

class QTabWidget;

namespace majakka::ui {

class ErrorLabel;
class MeasuresTab;
class RecordEditor;
class RecordHeader;
class SectionView;

// One open client record: the header and a tab per part of the case. Opening
// it is ClientService::show, which writes the view to the audit log.
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
    MeasuresTab* measuresTab() const { return m_measures; }
    bool mayEdit() const;

Q_SIGNALS:
    void titleChanged();
    void recordChanged();

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

    RecordEditor* m_editor;
    RecordHeader* m_header;
    ErrorLabel* m_message;
    QTabWidget* m_tabs;
    std::array<SectionView*, TabCount> m_sections {};
    MeasuresTab* m_measures;
    HistoryTab* m_history;
};

} // namespace majakka::ui
