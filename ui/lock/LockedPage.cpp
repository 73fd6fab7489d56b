#include "ui/lock/LockedPage.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace majakka::ui {

LockedPage::LockedPage(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("lockedPage"));
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/lock.svg")).pixmap(64, 64));
    m_icon->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch(2);
    retranslateUi();
}

void LockedPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void LockedPage::retranslateUi()
{
    m_title->setText(tr("Majakka is locked"));
    m_text->setText(tr("The database is closed. Unlock it with your passphrase to continue."));
}

} // namespace majakka::ui
