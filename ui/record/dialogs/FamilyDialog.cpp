#include "ui/record/dialogs/FamilyDialog.h"

#include "ui/record/RecordText.h"
#include "ui/record/dialogs/Choices.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>

namespace majakka::ui {

namespace {
constexpr int SearchLimit = 20;
}

FamilyDialog::FamilyDialog(const domain::ClientRecord& record,
                           const std::optional<ClientSummary>& recordedParent,
                           Finder find,
                           QWidget* parent)
    : RecordDialog(QStringLiteral("familyDialog"), false, parent)
    , m_original(record.person)
    , m_recordedParent(recordedParent)
    , m_self(record.id)
    , m_find(std::move(find))
    , m_kind(addChoice("kind"))
    , m_search(addLine("parent_search"))
    , m_parents(new QListWidget(this))
{
    addField("parent", m_parents);
    m_parents->setFixedHeight(m_parents->fontMetrics().lineSpacing() * 6 + 16);
    choices::fill<domain::ClientKind>(m_kind);
    choices::choose(m_kind, m_original.kind);
    showRecordedParent();
    connect(m_search, &QLineEdit::textChanged, this, &FamilyDialog::search);
    connect(m_parents, &QListWidget::currentItemChanged, this, [this] { fieldChanged("parent"); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FamilyDialog::follow);
    follow();
    finishSetup(520);
}

QString FamilyDialog::clientText(const ClientSummary& client)
{
    const QString name = RecordText::text(client.givenNames + " " + client.familyName).trimmed();
    return tr("%1 (%2)").arg(name, RecordText::text(client.number));
}

void FamilyDialog::showRecordedParent()
{
    if (!m_original.parent.empty()) {
        auto* item = new QListWidgetItem(
            m_recordedParent
                ? clientText(*m_recordedParent)
                : tr("The recorded parent (client id %1)").arg(RecordText::text(m_original.parent)),
            m_parents);
        item->setData(Qt::UserRole, RecordText::text(m_original.parent));
        m_parents->setCurrentItem(item);
    }
}

void FamilyDialog::search()
{
    const QString typed = m_search->text().trimmed();
    const QString chosen
        = m_parents->currentItem() ? m_parents->currentItem()->data(Qt::UserRole).toString() : QString();
    m_parents->clear();
    if (typed.isEmpty() || !m_find) {
        showRecordedParent();
        return;
    }
    for (const ClientSummary& client : m_find(typed)) {
        if (client.id == m_self || m_parents->count() >= SearchLimit) {
            continue;
        }
        auto* item = new QListWidgetItem(clientText(client), m_parents);
        item->setData(Qt::UserRole, RecordText::text(client.id));
        if (item->data(Qt::UserRole).toString() == chosen) {
            m_parents->setCurrentItem(item);
        }
    }
}

// Only a child has a parent.
void FamilyDialog::follow()
{
    const bool child = choices::chosen<domain::ClientKind>(m_kind) == domain::ClientKind::Child;
    m_search->setEnabled(child);
    m_parents->setEnabled(child);
}

domain::Person FamilyDialog::value() const
{
    domain::Person person = m_original;
    person.kind = choices::chosen<domain::ClientKind>(m_kind);
    const QListWidgetItem* item = m_parents->currentItem();
    person.parent = person.kind == domain::ClientKind::Child && item
        ? item->data(Qt::UserRole).toString().toStdString()
        : std::string();
    return person;
}

void FamilyDialog::checkInput()
{
    if (choices::chosen<domain::ClientKind>(m_kind) == domain::ClientKind::Child
        && !m_parents->currentItem()) {
        problem("parent", tr("Find the parent client and choose them in the list."));
    }
}

void FamilyDialog::retranslateUi()
{
    setWindowTitle(tr("Family link"));
    setLabel("kind", tr("&Kind of client:"), tr("Kind of client"));
    setLabel("parent_search",
             tr("&Find the parent:"),
             tr("Find the parent"),
             tr("A name or client number; the list shows the clients you may see."));
    setLabel("parent", tr("&Parent:"), tr("Parent client"));
    choices::retranslate<domain::ClientKind>(m_kind);
}

} // namespace majakka::ui
