#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "statistics/Period.h"
#include "statistics/ReleasedReport.h"
#endif
#include "ui/statistics/StatisticsRun.h"

#include <QDialog>
#include <memory>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace majakka {
class Session;
}

namespace majakka::ui {

class DateEdit;
class ErrorLabel;
class StatisticsPreview;

// The supervisor's statistics screen: choose a half-year or a range of days,
// the threshold and the language of the PDF; see the anonymised figures as
// they will be published (computed off the UI thread, with progress and
// Cancel); export them as CSV, JSON or PDF. Each export says first that the
// file will not be encrypted, and is written and audited by the core. Any
// change of the choices computes the figures again; an export writes exactly
// what the preview shows.
class StatisticsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Export
    {
        Csv,
        Json,
        Pdf,
    };

    // Opens the screen over `parent` (window-modal) and computes the last
    // half-year at once. The session must outlive the dialog or its done().
    static StatisticsDialog* open(Session& session, QWidget* parent);

    StatisticsDialog(Session& session, QWidget* parent = nullptr);
    ~StatisticsDialog() override;

    // The choices as they stand; nothing while a date is not a date.
    std::optional<statistics::Period> chosenPeriod() const;
    int threshold() const;
    QString language() const;
    bool isComputing() const { return m_run->isRunning(); }
    std::shared_ptr<const statistics::ReleasedReport> report() const { return m_report; }
    QString statusText() const;
    QString errorText() const;
    StatisticsPreview* preview() const { return m_preview; }

    void compute();
    void exportAs(Export format);
    // Stops a computation and waits for it, then closes: a lock calls reject(),
    // and the session must not be in use once it returns.
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void choicesChanged();
    void showProgress(int percent);
    void showReport(std::shared_ptr<const statistics::ReleasedReport> report);
    void showFailure(const QString& message);
    void showCancelled();
    void write(Export format, const QString& path);
    void updateControls();

    Session* m_session;
    StatisticsRun* m_run;
    std::shared_ptr<const statistics::ReleasedReport> m_report;
    QTimer* m_delay;

    QGroupBox* m_periodBox;
    QRadioButton* m_halfYear;
    QComboBox* m_half;
    QSpinBox* m_year;
    QRadioButton* m_range;
    QLabel* m_fromLabel;
    DateEdit* m_from;
    QLabel* m_toLabel;
    DateEdit* m_to;
    QLabel* m_thresholdLabel;
    QSpinBox* m_threshold;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QPushButton* m_computeButton;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QLabel* m_status;
    ErrorLabel* m_error;
    StatisticsPreview* m_preview;
    QLabel* m_exportNote;
    QPushButton* m_csvButton;
    QPushButton* m_jsonButton;
    QPushButton* m_pdfButton;
    QPushButton* m_closeButton;
};

} // namespace majakka::ui
