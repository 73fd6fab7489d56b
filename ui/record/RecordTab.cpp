#include "ui/record/RecordTab.h"

#include "ui/record/RecordPanel.h"

#include <QApplication>
#include <QVBoxLayout>

namespace majakka::ui {

RecordTab::RecordTab(const QString& objectName, QWidget* parent)
    : QScrollArea(parent)
{
    setObjectName(objectName);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(this);
    m_layout = new QVBoxLayout(content);
    m_layout->setContentsMargins(12, 12, 12, 12);
    m_layout->setSpacing(12);
    m_layout->addStretch(1);
    setWidget(content);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { focusChanged(now); });
}

void RecordTab::addPanel(RecordPanel* panel, bool main)
{
    panel->setParent(widget());
    m_layout->insertWidget(m_layout->count() - 1, panel);
    m_panels.push_back(panel);
    if (main || !m_current) {
        m_current = panel;
    }
    connect(panel, &RecordPanel::actionsChanged, this, [this, panel] {
        if (panel == m_current) {
            Q_EMIT actionsChanged();
        }
    });
}

RecordPanel* RecordTab::currentPanel() const
{
    return m_current;
}

EntryActions RecordTab::actions() const
{
    return m_current ? m_current->actions() : EntryActions {};
}

void RecordTab::refresh()
{
    for (RecordPanel* panel : m_panels) {
        panel->refresh();
    }
}

void RecordTab::focusChanged(QWidget* now)
{
    for (RecordPanel* panel : m_panels) {
        if (panel != m_current && now && panel->isAncestorOf(now)) {
            m_current = panel;
            Q_EMIT actionsChanged();
            return;
        }
    }
}

} // namespace majakka::ui
