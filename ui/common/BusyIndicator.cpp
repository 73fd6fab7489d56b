#include "ui/common/BusyIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace majakka::ui {

BusyIndicator::BusyIndicator(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    // A range of 0..0 makes the bar move without claiming a percentage.
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
}

void BusyIndicator::setText(const QString& text)
{
    m_label->setText(text);
    m_bar->setAccessibleName(text);
}

QString BusyIndicator::text() const
{
    return m_label->text();
}

} // namespace majakka::ui
