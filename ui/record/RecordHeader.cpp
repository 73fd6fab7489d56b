#include "ui/record/RecordHeader.h"

#include "domain/ClientRules.h"
#include "ui/common/DateText.h"
#include "ui/common/VocabularyText.h"
#include "ui/record/RecordText.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace majakka::ui {

RecordHeader::RecordHeader(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_alertBox(new QWidget(this))
    , m_alertLayout(new QVBoxLayout(m_alertBox))
{
    setObjectName(QStringLiteral("recordHeader"));
    m_name->setObjectName(QStringLiteral("recordName"));
    m_facts->setObjectName(QStringLiteral("recordFacts"));
    m_alertBox->setObjectName(QStringLiteral("recordAlerts"));
    m_name->setTextFormat(Qt::PlainText);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_name->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_name->setFont(titleFont);
    m_alertLayout->setContentsMargins(0, 4, 0, 0);
    m_alertLayout->setSpacing(2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 4);
    layout->addWidget(m_name);
    layout->addWidget(m_facts);
    layout->addWidget(m_alertBox);
}

QString RecordHeader::nameText() const
{
    return m_name->text();
}

QStringList RecordHeader::alertsFor(const domain::ClientRecord& record, domain::Date today)
{
    QStringList alerts;
    for (const auto& threat : record.seriousThreats) {
        if (!threat.policeNotified) {
            alerts.append(tr("Serious threat recorded on %1: the police notice is not recorded yet.")
                              .arg(DateText::format(threat.date)));
        }
    }
    if (!record.seriousThreats.empty() && alerts.isEmpty()) {
        alerts.append(tr("Serious threat recorded on %1; the police were notified.")
                          .arg(DateText::format(record.seriousThreats.back().date)));
    }
    if (const auto open = domain::openReflectionPeriod(record, today)) {
        const auto& period = record.reflectionPeriods.at(*open);
        if (period.end) {
            const int days = domain::daysBetween(today, *period.end);
            if (days <= ReflectionWarningDays) {
                alerts.append(tr("The reflection period ends on %1 (%2).")
                                  .arg(DateText::format(*period.end), DateText::relative(days)));
            }
        }
    }
    if (record.end) {
        alerts.append(tr("Assistance ended on %1. The record is read-only until the case is reopened.")
                          .arg(DateText::format(record.end->date)));
    }
    return alerts;
}

void RecordHeader::addAlert(const QString& text)
{
    auto* row = new QWidget(m_alertBox);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* icon = new QLabel(row);
    const int size = fontMetrics().height();
    icon->setPixmap(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    // The icon repeats what the text says; a screen reader reads the text.
    icon->setAccessibleName(tr("Alert"));
    auto* label = new QLabel(text, row);
    label->setObjectName(QStringLiteral("recordAlert"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(icon);
    layout->addWidget(label, 1);
    m_alertLayout->addWidget(row);
}

void RecordHeader::showRecord(const domain::ClientRecord& record, domain::Date today)
{
    m_name->setText(RecordText::fullName(record.person));
    QStringList facts;
    facts.append(record.number ? QString::fromStdString(record.number->toString()) : tr("no number yet"));
    facts.append(VocabularyText::text(record.person.kind));
    facts.append(record.isEnded() ? tr("Assistance ended") : tr("Active"));
    facts.append(record.person.worker.empty()
                     ? tr("no worker assigned")
                     : tr("Worker: %1").arg(QString::fromStdString(record.person.worker)));
    facts.append(VocabularyText::text(record.person.office));
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    while (QLayoutItem* item = m_alertLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_alertTexts = alertsFor(record, today);
    for (const QString& alert : m_alertTexts) {
        addAlert(alert);
    }
    m_alertBox->setVisible(!m_alertTexts.isEmpty());
}

} // namespace majakka::ui
