#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "domain/ClientRecord.h"
#endif

#include <QDialog>
#include <memory>

class QLabel;
class QPrinter;
class QPushButton;
class QTextBrowser;

namespace majakka {
class Session;
}

namespace majakka::ui {

class ErrorLabel;

// A client's case summary for a meeting (reports/CaseSummary): shown as it
// will print, then printed (Print…, through the system's print dialog) or
// saved as a PDF (Save as PDF…, after saying the file will not be
// encrypted). The core audits both; what is printed or saved is the record
// as stored at that moment.
class CaseSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens over `parent`, window-modal. The session must outlive the dialog or its done().
    static CaseSummaryDialog* open(Session& session, const domain::ClientRecord& record, QWidget* parent);

    CaseSummaryDialog(Session& session, domain::ClientRecord record, QWidget* parent = nullptr);
    ~CaseSummaryDialog() override;

    QTextBrowser* preview() const { return m_preview; }
    QPrinter& printer() const { return *m_printer; }
    QString statusText() const;
    QString errorText() const;

    void print();
    void saveAsPdf();
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void printAccepted();
    void writePdf(const QString& path);

    Session* m_session;
    domain::ClientRecord m_record;
    std::unique_ptr<QPrinter> m_printer;
    QLabel* m_note;
    QTextBrowser* m_preview;
    QLabel* m_status;
    ErrorLabel* m_error;
    QPushButton* m_printButton;
    QPushButton* m_pdfButton;
    QPushButton* m_closeButton;
};

} // namespace majakka::ui
