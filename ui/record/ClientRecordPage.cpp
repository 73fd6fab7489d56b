#include "ui/record/ClientRecordPage.h"

#include "ui/common/ErrorLabel.h"
#include "ui/record/MeasuresTab.h"
#include "ui/record/RecordEditor.h"
#include "ui/record/RecordHeader.h"
#include "ui/record/RecordSections.h"
#include "ui/record/SectionView.h"
#include "ui/sync/RecordConflictsPanel.h"

#include <QDate>
#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace majakka::ui {

namespace {
// The caseworker's own calendar day: deadlines and alerts are about the local date.
domain::Date localToday()
{
    const QDate today = QDate::currentDate();
    return domain::Date::fromYmd(
               today.year(), static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day()))
        .value_or(domain::Date {});
}
} // namespace

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
    , m_message(new ErrorLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_measures(new MeasuresTab(*m_editor, m_tabs))
    , m_history(new HistoryTab(std::move(history), m_tabs))
{
    setObjectName(QStringLiteral("clientRecordPage"));
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_message->setObjectName(QStringLiteral("recordMessage"));
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setDocumentMode(true);
    for (int tab = 0; tab < TabCount; ++tab) {
        if (tab == MeasuresTabIndex) {
            m_tabs->addTab(m_measures, QString());
        } else if (tab == HistoryTabIndex) {
            m_tabs->addTab(m_history, QString());
        } else {
            auto* section = new SectionView(m_tabs);
            m_sections[static_cast<std::size_t>(tab)] = section;
            m_tabs->addTab(section, QString());
        }
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
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
    const QString name = RecordSections::fullName(record.person);
    return record.number ? tr("%1 (%2)").arg(name, QString::fromStdString(record.number->toString())) : name;
}

bool ClientRecordPage::mayEdit() const
{
    return m_editor->mayEdit();
}

void ClientRecordPage::refresh()
{
    const domain::ClientRecord& record = m_editor->record();
    const domain::Date today = localToday();
    m_header->showRecord(record, today);
    const auto section = [this](Tab tab) -> SectionView& {
        return *m_sections[static_cast<std::size_t>(tab)];
    };
    RecordSections::overview(section(OverviewTab), record, today);
    RecordSections::referral(section(ReferralTab), record);
    RecordSections::exploitation(section(ExploitationTab), record);
    RecordSections::reflectionAndResidence(section(ReflectionTab), record, today);
    RecordSections::criminalProcess(section(CriminalProcessTab), record);
    RecordSections::family(section(FamilyTab), record, today);
    RecordSections::contacts(section(ContactsTab), record);
    RecordSections::consents(section(ConsentsTab), record);
    m_measures->refresh();
    if (m_tabs->currentIndex() == HistoryTabIndex) {
        m_history->refresh();
    }
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
