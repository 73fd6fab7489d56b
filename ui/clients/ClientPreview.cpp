#include "ui/clients/ClientPreview.h"

#include "domain/PersonVocabulary.h"
#include "ui/clients/ClientListModel.h"
#include "ui/common/VocabularyText.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace majakka::ui {

namespace {
QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

ClientPreview::ClientPreview(QWidget* parent)
    : QWidget(parent)
    , m_title(valueLabel(this))
    , m_empty(new QLabel(this))
    , m_details(new QWidget(this))
    , m_form(new QFormLayout(m_details))
    , m_numberLabel(new QLabel(m_details))
    , m_number(valueLabel(m_details))
    , m_kindLabel(new QLabel(m_details))
    , m_kind(valueLabel(m_details))
    , m_officeLabel(new QLabel(m_details))
    , m_office(valueLabel(m_details))
    , m_workerLabel(new QLabel(m_details))
    , m_worker(valueLabel(m_details))
    , m_statusLabel(new QLabel(m_details))
    , m_status(valueLabel(m_details))
    , m_duplicate(valueLabel(m_details))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("clientPreview"));
    m_title->setObjectName(QStringLiteral("previewName"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_empty->setWordWrap(true);
    m_number->setObjectName(QStringLiteral("previewNumber"));
    m_duplicate->setObjectName(QStringLiteral("previewDuplicateNumber"));
    m_open->setObjectName(QStringLiteral("openClientButton"));

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(m_numberLabel, m_number);
    m_form->addRow(m_kindLabel, m_kind);
    m_form->addRow(m_officeLabel, m_office);
    m_form->addRow(m_workerLabel, m_worker);
    m_form->addRow(m_statusLabel, m_status);
    m_form->addRow(m_duplicate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_details);
    layout->addWidget(m_open, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_summary) {
            Q_EMIT openRequested(QString::fromStdString(m_summary->id));
        }
    });
    retranslateUi();
}

void ClientPreview::showSummary(const std::optional<ClientSummary>& summary)
{
    m_summary = summary;
    retranslateUi();
}

void ClientPreview::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ClientPreview::retranslateUi()
{
    m_empty->setText(
        tr("Choose a client in the list to see a summary here. Press Enter to open the client."));
    m_numberLabel->setText(tr("Client number:"));
    m_kindLabel->setText(tr("Kind:"));
    m_officeLabel->setText(tr("Office:"));
    m_workerLabel->setText(tr("Worker:"));
    m_statusLabel->setText(tr("Status:"));
    m_open->setText(tr("Open c&lient"));
    m_open->setToolTip(tr("Opens the whole record. Opening is written to the audit log."));

    const bool shown = m_summary.has_value();
    m_empty->setVisible(!shown);
    m_details->setVisible(shown);
    m_title->setVisible(shown);
    m_open->setEnabled(shown);
    if (!shown) {
        return;
    }
    const ClientSummary& summary = *m_summary;
    m_title->setText(ClientListModel::displayName(summary));
    m_number->setText(QString::fromStdString(summary.number));
    m_kind->setText(VocabularyText::textOfName<domain::ClientKind>(summary.kind));
    m_office->setText(VocabularyText::textOfName<domain::Office>(summary.office));
    m_worker->setText(summary.worker.empty() ? tr("not assigned") : QString::fromStdString(summary.worker));
    m_status->setText(ClientListModel::statusText(summary));
    m_duplicate->setText(summary.numberTakenTwice
                             ? tr("Warning: another client has the same number, because two databases were "
                                  "merged. Give one of them a new number.")
                             : QString());
    m_duplicate->setVisible(summary.numberTakenTwice);
}

} // namespace majakka::ui
