#include "ui/sync/SyncProgressDialog.h"

#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace majakka::ui {

SyncProgressDialog::SyncProgressDialog(QWidget* parent)
    : QDialog(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_note(new QLabel(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("syncProgressDialog"));
    // Nothing else of the program may reach the database while the worker has it.
    setWindowModality(Qt::ApplicationModal);
    m_label->setObjectName(QStringLiteral("syncProgressText"));
    m_label->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("syncProgressBar"));
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_note->setObjectName(QStringLiteral("syncProgressNote"));
    m_note->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("syncCancelButton"));
    m_cancel->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    setMinimumWidth(420);

    connect(m_cancel, &QPushButton::clicked, this, &SyncProgressDialog::reject);
    retranslateUi();
}

void SyncProgressDialog::setText(const QString& text)
{
    m_label->setText(text);
}

QString SyncProgressDialog::text() const
{
    return m_label->text();
}

void SyncProgressDialog::setProgress(std::size_t done, std::size_t total)
{
    if (total == 0 || total > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        m_bar->setRange(0, 0);
        return;
    }
    m_bar->setRange(0, static_cast<int>(total));
    m_bar->setValue(static_cast<int>(std::min(done, total)));
}

void SyncProgressDialog::reject()
{
    if (m_cancelRequested) {
        return;
    }
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    retranslateUi();
    Q_EMIT cancelRequested();
}

void SyncProgressDialog::closeEvent(QCloseEvent* event)
{
    // Closing the window is Cancel: it goes once the work has stopped.
    event->ignore();
    reject();
}

void SyncProgressDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void SyncProgressDialog::retranslateUi()
{
    setWindowTitle(tr("Sync"));
    m_cancel->setText(tr("&Cancel"));
    m_bar->setAccessibleName(tr("Progress"));
    m_note->setText(m_cancelRequested ? tr("Stopping… Nothing of this work is kept.")
                                      : tr("Cancel stops the work and leaves everything as it was."));
}

} // namespace majakka::ui
