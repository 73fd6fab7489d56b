#include "ui/sync/ConflictsDialog.h"

#include "ui/sync/ConflictsPage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace majakka::ui {

ConflictsDialog::ConflictsDialog(QWidget* parent)
    : QDialog(parent)
    , m_page(new ConflictsPage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_page, 1);
    layout->addWidget(m_buttons);
    resize(900, 460);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConflictsDialog::reject);
    retranslateUi();
}

void ConflictsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ConflictsDialog::retranslateUi()
{
    setWindowTitle(tr("Conflicts"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
}

} // namespace majakka::ui
