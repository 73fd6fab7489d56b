#include "ui/sync/ImportPreviewDialog.h"

#include "ui/common/ErrorLabel.h"
#include "ui/common/PathLabel.h"
#include "ui/sync/ImportReportView.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace majakka::ui {

ImportPreviewDialog::ImportPreviewDialog(const QString& file, QWidget* parent)
    : QDialog(parent)
    , m_file(file)
    , m_fileLabel(new QLabel(this))
    , m_path(new PathLabel(this))
    , m_report(new ImportReportView(this))
    , m_error(new ErrorLabel(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    m_path->setObjectName(QStringLiteral("importFileLabel"));
    m_path->setPath(file);
    m_error->setObjectName(QStringLiteral("importPreviewError"));
    m_note->setObjectName(QStringLiteral("importPreviewNote"));
    m_note->setWordWrap(true);
    applyButton()->setObjectName(QStringLiteral("applyImportButton"));
    applyButton()->setEnabled(false);
    closeButton()->setObjectName(QStringLiteral("closeImportButton"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_path, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    setMinimumSize(560, 420);

    connect(applyButton(), &QPushButton::clicked, this, &ImportPreviewDialog::applyRequested);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportPreviewDialog::reject);
    retranslateUi();
}

QPushButton* ImportPreviewDialog::applyButton() const
{
    return m_buttons->button(QDialogButtonBox::Apply);
}

QPushButton* ImportPreviewDialog::closeButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

void ImportPreviewDialog::showPreview(const sync::ImportReport& report)
{
    m_state = State::Preview;
    m_error->showMessage({});
    m_report->show();
    m_report->showReport(report);
    applyButton()->setVisible(true);
    applyButton()->setEnabled(!report.alreadyImported);
    applyButton()->setDefault(!report.alreadyImported);
    retranslateUi();
}

void ImportPreviewDialog::showImported(const sync::ImportReport& report)
{
    m_state = State::Imported;
    m_error->showMessage({});
    m_report->showReport(report);
    applyButton()->setVisible(false);
    closeButton()->setDefault(true);
    closeButton()->setFocus();
    retranslateUi();
}

void ImportPreviewDialog::showFailure(const QString& message)
{
    // A failed preview leaves nothing to apply; a failed apply leaves the preview to read again.
    if (m_state == State::Preview && !m_report->report()) {
        m_state = State::Failed;
        m_report->hide();
        applyButton()->setVisible(false);
    }
    m_error->showMessage(message);
    retranslateUi();
}

void ImportPreviewDialog::setBusy(bool busy)
{
    applyButton()->setEnabled(!busy && m_state == State::Preview && m_report->report()
                              && !m_report->report()->alreadyImported);
}

void ImportPreviewDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ImportPreviewDialog::retranslateUi()
{
    m_fileLabel->setText(tr("Package:"));
    applyButton()->setText(tr("&Apply"));
    switch (m_state) {
    case State::Preview:
        setWindowTitle(tr("Import preview"));
        m_note->setText(tr("Nothing has been changed yet. Apply imports all of it in one go, or nothing if "
                           "anything goes wrong."));
        closeButton()->setText(tr("&Cancel"));
        break;
    case State::Failed:
        setWindowTitle(tr("Import preview"));
        m_note->setText(tr("Nothing was changed."));
        closeButton()->setText(tr("&Close"));
        break;
    case State::Imported:
        setWindowTitle(tr("Import finished"));
        m_note->setText(tr("The import is finished and is in the audit log."));
        closeButton()->setText(tr("&Close"));
        break;
    }
}

} // namespace majakka::ui
