#include "ui/sync/SyncDialog.h"

#include "ui/sync/ExportPage.h"
#include "ui/sync/ImportPage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace majakka::ui {

SyncDialog::SyncDialog(QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_export(new ExportPage(m_tabs))
    , m_import(new ImportPage(m_tabs))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("syncDialog"));
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_tabs->addTab(m_export, QString());
    m_tabs->addTab(m_import, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    setMinimumWidth(600);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SyncDialog::reject);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == ExportTab) {
            m_export->exportButton()->setDefault(true);
        } else {
            m_import->previewButton()->setDefault(true);
            m_import->pathEdit()->setFocus();
        }
    });
    retranslateUi();
}

void SyncDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void SyncDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void SyncDialog::retranslateUi()
{
    setWindowTitle(tr("Sync"));
    m_tabs->setTabText(ExportTab, tr("Send changes"));
    m_tabs->setTabText(ImportTab, tr("Receive changes"));
    m_tabs->setAccessibleName(tr("Send or receive changes"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
}

} // namespace majakka::ui
