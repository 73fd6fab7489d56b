#include "ui/casesummary/CaseSummaryDialog.h"

#include "Error.h"
#include "casework/CaseDocumentExport.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Paths.h"
#include "ui/common/PlaintextExport.h"
#include "ui/reports/CaseSummary.h"
#include "ui/reports/RecordHtml.h"

#include <QDate>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace majakka::ui {

namespace {

domain::Date today()
{
    const QDate now = QDate::currentDate();
    return domain::Date::fromYmd(
               now.year(), static_cast<unsigned>(now.month()), static_cast<unsigned>(now.day()))
        .value_or(domain::Date {});
}

} // namespace

CaseSummaryDialog*
CaseSummaryDialog::open(Session& session, const domain::ClientRecord& record, QWidget* parent)
{
    auto* dialog = new CaseSummaryDialog(session, record, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->QDialog::open();
    return dialog;
}

CaseSummaryDialog::CaseSummaryDialog(Session& session, domain::ClientRecord record, QWidget* parent)
    : QDialog(parent)
    , m_session(&session)
    , m_record(std::move(record))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_note(new QLabel(this))
    , m_preview(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_printButton(new QPushButton(this))
    , m_pdfButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("caseSummaryDialog"));
    m_preview->setObjectName(QStringLiteral("caseSummaryPreview"));
    m_status->setObjectName(QStringLiteral("caseSummaryStatus"));
    m_printButton->setObjectName(QStringLiteral("caseSummaryPrintButton"));
    m_pdfButton->setObjectName(QStringLiteral("caseSummaryPdfButton"));
    m_closeButton->setObjectName(QStringLiteral("caseSummaryCloseButton"));
    m_note->setWordWrap(true);
    m_status->setWordWrap(true);
    m_preview->setOpenLinks(false);
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    m_printButton->setDefault(true);
    m_closeButton->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_printButton, &QPushButton::clicked, this, &CaseSummaryDialog::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &CaseSummaryDialog::saveAsPdf);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
    resize(760, 760);
}

CaseSummaryDialog::~CaseSummaryDialog() = default;

void CaseSummaryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void CaseSummaryDialog::retranslateUi()
{
    setWindowTitle(tr("Case summary: %1").arg(reports::RecordHtml::fullName(m_record.person)));
    m_note->setText(
        tr("For a meeting: what is printed leaves the encrypted store. The paper, the printer's "
           "queue and a saved PDF are not encrypted, and both printing and saving are written to "
           "the audit log. The summary leaves out the identity code, contact details and notes."));
    m_preview->setAccessibleName(tr("The case summary as it will be printed"));
    m_preview->setHtml(reports::CaseSummary::html(m_record, today()));
    m_printButton->setText(tr("&Print…"));
    m_pdfButton->setText(tr("Save as P&DF…"));
    m_closeButton->setText(tr("Close"));
}

QString CaseSummaryDialog::statusText() const
{
    return m_status->text();
}

QString CaseSummaryDialog::errorText() const
{
    return m_error->text();
}

void CaseSummaryDialog::print()
{
    auto* dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setObjectName(QStringLiteral("caseSummaryPrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction* action : actions()) {
        dialog->addAction(action);
    }
    connect(dialog, &QDialog::accepted, this, &CaseSummaryDialog::printAccepted);
    dialog->open();
}

void CaseSummaryDialog::printAccepted()
{
    if (!m_session) {
        return;
    }
    m_error->showMessage(QString());
    try {
        const CaseDocument document = CaseDocumentExport(*m_session).print(m_record.id, "case summary");
        reports::CaseSummary::print(document.record, today(), *m_printer);
        m_status->setText(tr("Sent to the printer."));
    } catch (const Error& error) {
        m_error->showMessage(ErrorText::describe(error).fullText());
    }
}

void CaseSummaryDialog::saveAsPdf()
{
    const QString number = m_record.number ? QString::fromStdString(m_record.number->toString()) : QString();
    PlaintextExport::start(this,
                           tr("The file holds the case summary shown, with the client's name."),
                           tr("case-summary-%1.pdf").arg(number),
                           tr("PDF documents (*.pdf)"),
                           [this](const QString& path) { writePdf(path); });
}

void CaseSummaryDialog::writePdf(const QString& path)
{
    if (!m_session) {
        return;
    }
    m_error->showMessage(QString());
    try {
        CaseDocumentExport(*m_session)
            .write(
                m_record.id,
                "case summary, pdf",
                [](const CaseDocument& document) {
                    return reports::CaseSummary::pdf(document.record, today()).toStdString();
                },
                toPath(path));
        m_status->setText(tr("Saved %1. It is not encrypted.").arg(QFileInfo(path).fileName()));
    } catch (const Error& error) {
        m_error->showMessage(ErrorText::describe(error).fullText());
    }
}

void CaseSummaryDialog::done(int result)
{
    // After a lock the session is gone: nothing may reach it from here on.
    m_session = nullptr;
    QDialog::done(result);
}

} // namespace majakka::ui
