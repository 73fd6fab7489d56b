#include "ui/sync/ConflictsPage.h"

#include "ui/common/ErrorLabel.h"
#include "ui/sync/ConflictModel.h"
#include "ui/sync/ConflictText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace majakka::ui {

ConflictsPage::ConflictsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new ConflictModel(this))
    , m_intro(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_error(new ErrorLabel(this))
    , m_roleNote(new QLabel(this))
    , m_keepMine(new QPushButton(this))
    , m_takeTheirs(new QPushButton(this))
    , m_keepSelected(new QPushButton(this))
    , m_openRecord(new QPushButton(this))
{
    setObjectName(QStringLiteral("conflictsPage"));
    m_intro->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("noConflictsLabel"));
    m_view->setObjectName(QStringLiteral("conflictsView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ConflictModel::ConflictColumn, QHeaderView::Stretch);
    m_error->setObjectName(QStringLiteral("conflictsError"));
    m_roleNote->setObjectName(QStringLiteral("conflictsRoleNote"));
    m_roleNote->setWordWrap(true);
    m_roleNote->hide();
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    m_keepSelected->setObjectName(QStringLiteral("keepSelectedButton"));
    m_openRecord->setObjectName(QStringLiteral("openConflictRecordButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_keepSelected);
    buttons->addStretch(1);
    buttons->addWidget(m_openRecord);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_roleNote);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        m_empty->setVisible(m_model->rowCount() == 0);
        updateButtons();
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConflictsPage::updateButtons);
    connect(
        m_keepMine, &QPushButton::clicked, this, [this] { Q_EMIT takeRequested(currentConflictId(), true); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] {
        Q_EMIT takeRequested(currentConflictId(), false);
    });
    connect(m_keepSelected, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        Q_EMIT keepValueRequested(currentConflictId(), current.data(ConflictModel::HeadIdRole).toString());
    });
    connect(m_openRecord, &QPushButton::clicked, this, [this] {
        if (const sync::Conflict* conflict = m_model->conflictAt(m_view->currentIndex())) {
            Q_EMIT openRecordRequested(QString::fromStdString(conflict->record.hex()));
        }
    });
    retranslateUi();
    updateButtons();
}

void ConflictsPage::setMayResolve(bool mayResolve)
{
    m_mayResolve = mayResolve;
    m_roleNote->setVisible(!mayResolve);
    updateButtons();
}

void ConflictsPage::select(const std::string& conflictId)
{
    QModelIndex index = m_model->indexOf(conflictId);
    if (!index.isValid()) {
        index = m_model->index(0, 0);
    }
    m_view->setCurrentIndex(index);
    updateButtons();
}

void ConflictsPage::showError(const QString& message)
{
    m_error->showMessage(message);
}

QString ConflictsPage::currentConflictId() const
{
    return m_view->currentIndex().data(ConflictModel::ConflictIdRole).toString();
}

void ConflictsPage::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const sync::Conflict* conflict = m_model->conflictAt(current);
    m_keepMine->setEnabled(m_mayResolve && conflict && ConflictText::canTake(*conflict, true));
    m_takeTheirs->setEnabled(m_mayResolve && conflict && ConflictText::canTake(*conflict, false));
    m_keepSelected->setEnabled(m_mayResolve && m_model->headAt(current) != nullptr);
    m_openRecord->setEnabled(conflict && conflict->recordType == "client");
}

void ConflictsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ConflictsPage::retranslateUi()
{
    m_intro->setText(tr("A conflict is a value changed on two devices before either had seen the other's "
                        "change. Both values are kept until someone chooses; the choice is itself a change "
                        "and reaches the other devices with the next sync."));
    m_empty->setText(tr("There are no conflicts."));
    m_view->setAccessibleName(tr("Conflicts and their values"));
    m_roleNote->setText(tr("Supervisors can see conflicts but not resolve them."));
    m_keepMine->setText(tr("Keep &mine"));
    m_keepMine->setToolTip(tr("Keep the value made on this device"));
    m_takeTheirs->setText(tr("Take &theirs"));
    m_takeTheirs->setToolTip(tr("Keep the value made on the other device"));
    m_keepSelected->setText(tr("Keep the &selected value"));
    m_keepSelected->setToolTip(tr("Keep the value selected in the list (when several devices made one)"));
    m_openRecord->setText(tr("&Open client"));
    m_model->retranslate();
}

} // namespace majakka::ui
