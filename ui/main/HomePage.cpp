#include "ui/main/HomePage.h"

#include "ui/common/PathLabel.h"
#include "ui/common/RoleText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace majakka::ui {

HomePage::HomePage(QWidget* parent)
    : QWidget(parent)
    , m_signedIn(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_databasePath(new PathLabel(this))
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("homePage"));
    m_signedIn->setObjectName(QStringLiteral("signedInLabel"));
    m_signedIn->setTextFormat(Qt::PlainText);
    QFont titleFont = m_signedIn->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_signedIn->setFont(titleFont);
    m_databaseLabel->setBuddy(m_databasePath);
    m_databasePath->setObjectName(QStringLiteral("databasePathLabel"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);

    auto* databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_databaseLabel);
    databaseRow->addWidget(m_databasePath, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_signedIn);
    layout->addLayout(databaseRow);
    layout->addSpacing(16);
    layout->addWidget(m_placeholder);
    layout->addStretch(1);
    retranslateUi();
}

void HomePage::showUser(const QString& userName, domain::Role role, const QString& databasePath)
{
    m_userName = userName;
    m_role = role;
    m_databasePath->setPath(databasePath);
    retranslateUi();
}

void HomePage::clear()
{
    m_userName.clear();
    m_databasePath->setPath(QString());
    retranslateUi();
}

QString HomePage::signedInText() const
{
    return m_signedIn->text();
}

void HomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void HomePage::retranslateUi()
{
    m_signedIn->setText(m_userName.isEmpty()
                            ? QString()
                            : tr("Signed in as %1 (%2)").arg(m_userName, RoleText::displayName(m_role)));
    m_databaseLabel->setText(tr("Database:"));
    m_databasePath->setAccessibleName(tr("Database location"));
    m_placeholder->setText(tr("Clients, cases and statistics will appear here."));
}

} // namespace majakka::ui
