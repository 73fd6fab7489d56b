#include "ui/record/ClientRecordPage.h"

#include "ui/common/ErrorLabel.h"
#include "ui/record/RecordEditor.h"
#include "ui/record/RecordHeader.h"
#include "ui/record/RecordPanel.h"
#include "ui/record/RecordTab.h"
#include "ui/record/RecordText.h"
#include "ui/record/parts/RecordParts.h"
#include "ui/sync/RecordConflictsPanel.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace majakka::ui {

ClientRecordPage* ClientRecordPage::open(ClientService& clients,
                                         HistoryTab::Source history,
                                         const QString& clientId,
                                         bool mayEdit,
                                         QWidget* parent)
{
    domain::ClientRecord record = clients.show(clientId.toStdString());
    return new ClientRecordPage(clients, std::move(history), std::move(record), mayEdit, parent);
}

ClientRecordPage::ClientRecordPage(ClientService& clients,
                                   HistoryTab::Source history,
                                   domain::ClientRecord record,
                                   bool mayEdit,
                                   QWidget* parent)
    : QWidget(parent)
    , m_editor(new RecordEditor(clients, std::move(record), mayEdit, this))
    , m_header(new RecordHeader(this))
    , m_readOnly(new QLabel(this))
    , m_message(new ErrorLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_history(new HistoryTab(std::move(history), m_tabs))
{
    setObjectName(QStringLiteral("clientRecordPage"));
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_message->setObjectName(QStringLiteral("recordMessage"));
    m_readOnly->setObjectName(QStringLiteral("recordReadOnlyNote"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setContentsMargins(12, 0, 12, 4);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setDocumentMode(true);

    RecordEditor& editor = *m_editor;
    const auto openClient = [this](const QString& id) {
        Q_EMIT openClientRequested(id);
    };
    m_recordTabs = {RecordParts::overview(editor, m_tabs),
                    RecordParts::referral(editor, m_tabs),
                    RecordParts::exploitation(editor, m_tabs),
                    RecordParts::needs(editor, m_tabs),
                    RecordParts::reflection(editor, m_tabs),
                    RecordParts::criminalProcess(editor, m_tabs),
                    RecordParts::family(editor, openClient, m_tabs),
                    RecordParts::contacts(editor, m_tabs),
                    RecordParts::consents(editor, m_tabs)};
    for (RecordTab* tab : m_recordTabs) {
        m_tabs->addTab(tab, QString());
        connect(tab, &RecordTab::actionsChanged, this, [this, tab] {
            if (m_tabs->currentWidget() == tab) {
                Q_EMIT entryActionsChanged();
            }
        });
    }
    m_tabs->addTab(m_history, QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_message);
    layout->addWidget(new RecordConflictsPanel(clientId(), this));
    layout->addWidget(m_tabs, 1);

    connect(m_editor, &RecordEditor::recordChanged, this, [this] {
        m_message->showMessage({});
        refresh();
        Q_EMIT recordChanged();
        Q_EMIT titleChanged();
    });
    connect(m_editor, &RecordEditor::failed, m_message, &ErrorLabel::showMessage);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == HistoryTabIndex) {
            m_history->refresh();
        }
        Q_EMIT entryActionsChanged();
    });
    retranslateUi();
}

QString ClientRecordPage::clientId() const
{
    return m_editor->clientId();
}

QString ClientRecordPage::title() const
{
    const domain::ClientRecord& record = m_editor->record();
    const QString name = RecordText::fullName(record.person);
    return record.number ? tr("%1 (%2)").arg(name, QString::fromStdString(record.number->toString())) : name;
}

RecordTab* ClientRecordPage::recordTab(Tab tab) const
{
    return tab < HistoryTabIndex ? m_recordTabs[static_cast<std::size_t>(tab)] : nullptr;
}

RecordPanel* ClientRecordPage::panel(const QString& key) const
{
    return findChild<RecordPanel*>(key + QStringLiteral("Panel"));
}

bool ClientRecordPage::mayEdit() const
{
    return m_editor->mayEdit();
}

bool ClientRecordPage::mayUndo() const
{
    return m_editor->mayChange();
}

RecordPanel* ClientRecordPage::currentPanel() const
{
    const auto* tab = qobject_cast<RecordTab*>(m_tabs->currentWidget());
    return tab ? tab->currentPanel() : nullptr;
}

EntryActions ClientRecordPage::entryActions() const
{
    const RecordPanel* panel = currentPanel();
    return panel ? panel->actions() : EntryActions {};
}

void ClientRecordPage::addEntry()
{
    if (RecordPanel* panel = currentPanel()) {
        panel->add();
    }
}

void ClientRecordPage::editEntry()
{
    if (RecordPanel* panel = currentPanel()) {
        panel->edit();
    }
}

void ClientRecordPage::removeEntry()
{
    if (RecordPanel* panel = currentPanel()) {
        panel->remove();
    }
}

void ClientRecordPage::refreshFamily()
{
    recordTab(FamilyTab)->refresh();
}

void ClientRecordPage::refresh()
{
    const domain::ClientRecord& record = m_editor->record();
    m_header->showRecord(record, RecordText::today());
    for (RecordTab* tab : m_recordTabs) {
        tab->refresh();
    }
    if (!m_editor->mayChange()) {
        m_readOnly->setText(
            tr("You can read this record but not change it: your role does not allow changes."));
    } else if (record.isEnded()) {
        m_readOnly->setText(
            tr("To change the record, reopen the case: Referral and admission, Reopen the case."));
    }
    m_readOnly->setVisible(!m_editor->mayEdit());
    if (m_tabs->currentIndex() == HistoryTabIndex) {
        m_history->refresh();
    }
    Q_EMIT entryActionsChanged();
}

void ClientRecordPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ClientRecordPage::retranslateUi()
{
    m_tabs->setTabText(OverviewTab, tr("Overview"));
    m_tabs->setTabText(ReferralTab, tr("Referral and admission"));
    m_tabs->setTabText(ExploitationTab, tr("Exploitation"));
    m_tabs->setTabText(MeasuresTabIndex, tr("Needs and support measures"));
    m_tabs->setTabText(ReflectionTab, tr("Reflection period and residence"));
    m_tabs->setTabText(CriminalProcessTab, tr("Criminal process and legal aid"));
    m_tabs->setTabText(FamilyTab, tr("Children and family"));
    m_tabs->setTabText(ContactsTab, tr("Contacts"));
    m_tabs->setTabText(ConsentsTab, tr("Consents and disclosures"));
    m_tabs->setTabText(HistoryTabIndex, tr("History"));
    m_tabs->setAccessibleName(tr("Parts of the client record"));
    refresh();
    Q_EMIT titleChanged();
}

} // namespace majakka::ui
