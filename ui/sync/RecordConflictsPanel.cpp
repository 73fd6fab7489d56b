#include "ui/sync/RecordConflictsPanel.h"

#include "ui/sync/ConflictText.h"
#include "ui/sync/SyncActions.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace majakka::ui {

namespace {

QString headLine(const sync::ConflictHead& head)
{
    return RecordConflictsPanel::tr("“%1” (%2, %3, %4)")
        .arg(ConflictText::value(head),
             QString::fromStdString(head.author),
             ConflictText::device(head),
             ConflictText::when(head));
}

} // namespace

RecordConflictsPanel::RecordConflictsPanel(const QString& clientId, QWidget* parent)
    : QFrame(parent)
    , m_actions(SyncActions::of(parent))
    , m_clientId(clientId)
    , m_title(new QLabel(this))
    , m_rows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("recordConflictsPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_title->setObjectName(QStringLiteral("recordConflictsTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto* header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(m_title, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(header);
    layout->addLayout(m_rows);
    if (m_actions) {
        // Queued: the change may come from a button of this panel, which reload() replaces.
        connect(m_actions,
                &SyncActions::conflictsChanged,
                this,
                &RecordConflictsPanel::reload,
                Qt::QueuedConnection);
    }
    reload();
}

void RecordConflictsPanel::reload()
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    const std::vector<sync::Conflict> conflicts
        = m_actions ? m_actions->conflictsOf(m_clientId) : std::vector<sync::Conflict>();
    m_count = static_cast<int>(conflicts.size());
    setVisible(m_count > 0);
    m_title->setText(tr(
        "This record has %n conflict(s) from sync: a value was changed on two devices.", nullptr, m_count));
    const bool mayResolve = m_actions && m_actions->mayResolve();
    for (const sync::Conflict& conflict : conflicts) {
        auto* rowWidget = new QWidget(this);
        m_rowWidgets.append(rowWidget);
        QStringList mine;
        QStringList theirs;
        for (const sync::ConflictHead& head : conflict.heads) {
            (head.local ? mine : theirs).append(headLine(head));
        }
        auto* field = new QLabel(ConflictText::field(conflict), rowWidget);
        field->setObjectName(QStringLiteral("recordConflictField"));
        QFont strong = field->font();
        strong.setBold(true);
        field->setFont(strong);
        auto* text = new QLabel(rowWidget);
        text->setObjectName(QStringLiteral("recordConflictText"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        QStringList lines;
        if (!mine.isEmpty()) {
            lines.append(tr("Here: %1").arg(mine.join(QStringLiteral("; "))));
        }
        if (!theirs.isEmpty()) {
            lines.append(tr("Elsewhere: %1").arg(theirs.join(QStringLiteral("; "))));
        }
        text->setText(lines.join(QLatin1Char('\n')));
        auto* words = new QVBoxLayout;
        words->setSpacing(0);
        words->addWidget(field);
        words->addWidget(text);
        auto* keepMine = new QPushButton(tr("Keep mine"), rowWidget);
        keepMine->setObjectName(QStringLiteral("panelKeepMineButton"));
        keepMine->setEnabled(mayResolve && ConflictText::canTake(conflict, true));
        auto* takeTheirs = new QPushButton(tr("Take theirs"), rowWidget);
        takeTheirs->setObjectName(QStringLiteral("panelTakeTheirsButton"));
        takeTheirs->setEnabled(mayResolve && ConflictText::canTake(conflict, false));
        auto* choose = new QPushButton(tr("Choose…"), rowWidget);
        choose->setObjectName(QStringLiteral("panelChooseButton"));
        choose->setToolTip(tr("Show this conflict with all its values in the conflicts list"));
        const QString id = QString::fromStdString(conflict.id);
        connect(keepMine, &QPushButton::clicked, this, [this, id] {
            if (m_actions) {
                m_actions->resolve(id, true);
            }
        });
        connect(takeTheirs, &QPushButton::clicked, this, [this, id] {
            if (m_actions) {
                m_actions->resolve(id, false);
            }
        });
        connect(choose, &QPushButton::clicked, this, [this, id] {
            if (m_actions) {
                m_actions->showConflicts(id);
            }
        });
        auto* row = new QHBoxLayout(rowWidget);
        row->setContentsMargins(0, 0, 0, 0);
        row->addLayout(words, 1);
        row->addWidget(keepMine, 0, Qt::AlignTop);
        row->addWidget(takeTheirs, 0, Qt::AlignTop);
        row->addWidget(choose, 0, Qt::AlignTop);
        m_rows->addWidget(rowWidget);
    }
}

void RecordConflictsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        reload();
    }
    QFrame::changeEvent(event);
}

} // namespace majakka::ui
