#include "ui/statistics/StatisticsDialog.h"

#include "Error.h"
#include "statistics/ReportCsv.h"
#include "statistics/ReportJson.h"
#include "statistics/StatisticsExport.h"
#include "statistics/Suppression.h"
#include "ui/app/LanguageManager.h"
#include "ui/common/DateEdit.h"
#include "ui/common/DateText.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Paths.h"
#include "ui/common/PlaintextExport.h"
#include "ui/reports/DocumentLanguage.h"
#include "ui/reports/StatisticsPdf.h"
#include "ui/reports/StatisticsText.h"
#include "ui/statistics/StatisticsPreview.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
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

// The language the program speaks now: the PDF's first choice.
QString programLanguage()
{
    const QString code = QLocale().bcp47Name().section(QLatin1Char('-'), 0, 0);
    return reports::DocumentLanguage::isKnown(code) ? code : QStringLiteral("en");
}

} // namespace

StatisticsDialog* StatisticsDialog::open(Session& session, QWidget* parent)
{
    auto* dialog = new StatisticsDialog(session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->QDialog::open();
    dialog->compute();
    return dialog;
}

StatisticsDialog::StatisticsDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(&session)
    , m_run(new StatisticsRun(this))
    , m_delay(new QTimer(this))
    , m_periodBox(new QGroupBox(this))
    , m_halfYear(new QRadioButton(this))
    , m_half(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_range(new QRadioButton(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new DateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new DateEdit(this))
    , m_thresholdLabel(new QLabel(this))
    , m_threshold(new QSpinBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_computeButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_preview(new StatisticsPreview(this))
    , m_exportNote(new QLabel(this))
    , m_csvButton(new QPushButton(this))
    , m_jsonButton(new QPushButton(this))
    , m_pdfButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("statisticsDialog"));
    m_halfYear->setObjectName(QStringLiteral("statisticsHalfYearRadio"));
    m_half->setObjectName(QStringLiteral("statisticsHalfCombo"));
    m_year->setObjectName(QStringLiteral("statisticsYearSpin"));
    m_range->setObjectName(QStringLiteral("statisticsRangeRadio"));
    m_from->setObjectName(QStringLiteral("statisticsFromEdit"));
    m_to->setObjectName(QStringLiteral("statisticsToEdit"));
    m_threshold->setObjectName(QStringLiteral("statisticsThresholdSpin"));
    m_language->setObjectName(QStringLiteral("statisticsLanguageCombo"));
    m_computeButton->setObjectName(QStringLiteral("statisticsComputeButton"));
    m_progress->setObjectName(QStringLiteral("statisticsProgress"));
    m_cancelButton->setObjectName(QStringLiteral("statisticsCancelButton"));
    m_status->setObjectName(QStringLiteral("statisticsStatus"));
    m_error->setObjectName(QStringLiteral("statisticsError"));
    m_csvButton->setObjectName(QStringLiteral("statisticsCsvButton"));
    m_jsonButton->setObjectName(QStringLiteral("statisticsJsonButton"));
    m_pdfButton->setObjectName(QStringLiteral("statisticsPdfButton"));
    m_closeButton->setObjectName(QStringLiteral("statisticsCloseButton"));

    // The last half-year that has ended is what is published next.
    const statistics::Period last = statistics::Period::halfYearOf(today()).previous();
    m_half->addItem(QString(), 1);
    m_half->addItem(QString(), 2);
    m_half->setCurrentIndex(last.from().month() == 1 ? 0 : 1);
    m_year->setRange(2000, today().year());
    m_year->setValue(last.from().year());
    m_halfYear->setChecked(true);
    m_from->setDate(last.from());
    m_to->setDate(last.to());
    m_threshold->setRange(statistics::Suppression::MinimumThreshold, 99);
    m_threshold->setValue(statistics::Suppression::DefaultThreshold);
    for (const LanguageManager::Language& choice : LanguageManager::availableLanguages()) {
        m_language->addItem(choice.nativeName, choice.code);
    }
    m_language->setCurrentIndex(m_language->findData(programLanguage()));
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_thresholdLabel->setBuddy(m_threshold);
    m_languageLabel->setBuddy(m_language);
    m_progress->setRange(0, 100);
    m_status->setWordWrap(true);
    m_exportNote->setWordWrap(true);
    m_closeButton->setAutoDefault(false);
    m_computeButton->setDefault(true);

    auto* periods = new QGridLayout(m_periodBox);
    periods->addWidget(m_halfYear, 0, 0);
    periods->addWidget(m_half, 0, 1);
    periods->addWidget(m_year, 0, 2);
    periods->addWidget(m_range, 1, 0);
    auto* range = new QHBoxLayout;
    range->addWidget(m_fromLabel);
    range->addWidget(m_from);
    range->addWidget(m_toLabel);
    range->addWidget(m_to);
    periods->addLayout(range, 1, 1, 1, 2);
    periods->setColumnStretch(3, 1);

    auto* options = new QHBoxLayout;
    options->addWidget(m_thresholdLabel);
    options->addWidget(m_threshold);
    options->addSpacing(24);
    options->addWidget(m_languageLabel);
    options->addWidget(m_language);
    options->addStretch(1);
    options->addWidget(m_computeButton);

    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancelButton);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_csvButton);
    buttons->addWidget(m_jsonButton);
    buttons->addWidget(m_pdfButton);
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_periodBox);
    layout->addLayout(options);
    layout->addLayout(progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_exportNote);
    layout->addLayout(buttons);

    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &StatisticsDialog::compute);
    for (QRadioButton* radio : {m_halfYear, m_range}) {
        connect(radio, &QRadioButton::toggled, this, &StatisticsDialog::choicesChanged);
    }
    connect(m_half, &QComboBox::currentIndexChanged, this, &StatisticsDialog::choicesChanged);
    connect(m_year, &QSpinBox::valueChanged, this, &StatisticsDialog::choicesChanged);
    connect(m_threshold, &QSpinBox::valueChanged, this, &StatisticsDialog::choicesChanged);
    connect(m_from, &QLineEdit::textChanged, this, &StatisticsDialog::choicesChanged);
    connect(m_to, &QLineEdit::textChanged, this, &StatisticsDialog::choicesChanged);
    connect(m_computeButton, &QPushButton::clicked, this, &StatisticsDialog::compute);
    connect(m_cancelButton, &QPushButton::clicked, m_run, &StatisticsRun::cancel);
    connect(m_csvButton, &QPushButton::clicked, this, [this] { exportAs(Export::Csv); });
    connect(m_jsonButton, &QPushButton::clicked, this, [this] { exportAs(Export::Json); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { exportAs(Export::Pdf); });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_run, &StatisticsRun::progressChanged, this, &StatisticsDialog::showProgress);
    connect(m_run, &StatisticsRun::finished, this, &StatisticsDialog::showReport);
    connect(m_run, &StatisticsRun::failed, this, &StatisticsDialog::showFailure);
    connect(m_run, &StatisticsRun::cancelled, this, &StatisticsDialog::showCancelled);

    retranslateUi();
    updateControls();
    resize(980, 720);
}

StatisticsDialog::~StatisticsDialog()
{
    m_run->cancel();
    m_run->wait();
}

void StatisticsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void StatisticsDialog::retranslateUi()
{
    setWindowTitle(tr("Statistics"));
    m_periodBox->setTitle(tr("Period"));
    m_halfYear->setText(tr("&Half-year:"));
    m_half->setItemText(0, tr("January–June (H1)"));
    m_half->setItemText(1, tr("July–December (H2)"));
    m_half->setAccessibleName(tr("Half of the year"));
    m_year->setAccessibleName(tr("Year"));
    m_range->setText(tr("&Range of days:"));
    m_fromLabel->setText(tr("fro&m", "the first day of a range"));
    m_toLabel->setText(tr("&to", "the last day of a range"));
    m_from->setAccessibleName(tr("First day of the range"));
    m_to->setAccessibleName(tr("Last day of the range"));
    m_thresholdLabel->setText(tr("Suppress counts &below:"));
    m_threshold->setAccessibleName(tr("Suppression threshold"));
    m_threshold->setToolTip(tr("Counts from 1 to one less than this are suppressed; never below 3."));
    m_languageLabel->setText(tr("&Language of the PDF:"));
    m_language->setAccessibleName(tr("Language of the PDF"));
    m_computeButton->setText(tr("&Show figures"));
    m_progress->setAccessibleName(tr("Computing the figures"));
    m_cancelButton->setText(tr("Cancel"));
    m_exportNote->setText(
        tr("An export writes the figures shown above, in the chosen period and threshold, to "
           "a file that is not encrypted. It holds anonymised counts only, and it is written "
           "to the audit log."));
    m_csvButton->setText(tr("Export &CSV…"));
    m_jsonButton->setText(tr("Export &JSON…"));
    m_pdfButton->setText(tr("Export &PDF…"));
    m_closeButton->setText(tr("Close"));
    if (m_report) {
        showReport(m_report);
    }
}

std::optional<statistics::Period> StatisticsDialog::chosenPeriod() const
{
    try {
        if (m_halfYear->isChecked()) {
            return statistics::Period::halfYear(m_year->value(), m_half->currentData().toInt());
        }
        const auto from = m_from->date();
        const auto to = m_to->date();
        if (from && to) {
            return statistics::Period::custom(*from, *to);
        }
    } catch (const Error&) {
        // The last day before the first: no period; updateControls() says why.
    }
    return std::nullopt;
}

int StatisticsDialog::threshold() const
{
    return m_threshold->value();
}

QString StatisticsDialog::language() const
{
    return m_language->currentData().toString();
}

QString StatisticsDialog::statusText() const
{
    return m_status->text();
}

QString StatisticsDialog::errorText() const
{
    return m_error->text();
}

void StatisticsDialog::choicesChanged()
{
    updateControls();
    m_delay->start();
}

void StatisticsDialog::updateControls()
{
    const bool range = m_range->isChecked();
    m_half->setEnabled(!range);
    m_year->setEnabled(!range);
    m_from->setEnabled(range);
    m_to->setEnabled(range);
    const bool computing = m_run->isRunning();
    m_progress->setVisible(computing);
    m_cancelButton->setVisible(computing);
    m_cancelButton->setEnabled(computing);
    m_computeButton->setEnabled(!computing && chosenPeriod().has_value() && m_session);
    for (QPushButton* button : {m_csvButton, m_jsonButton, m_pdfButton}) {
        button->setEnabled(!computing && m_report != nullptr);
    }
}

void StatisticsDialog::compute()
{
    m_delay->stop();
    m_error->showMessage(QString());
    const auto period = chosenPeriod();
    if (!m_session) {
        return;
    }
    if (!period) {
        m_run->cancel();
        m_report.reset();
        m_preview->clear();
        m_status->clear();
        m_error->showMessage(tr("Type the first and the last day of the range as %1, the last not before the "
                                "first.")
                                 .arg(DateText::inputFormat()));
        updateControls();
        return;
    }
    m_report.reset();
    m_preview->clear();
    m_progress->setValue(0);
    m_status->setText(tr("Computing the figures for %1…").arg(reports::StatisticsText::periodName(*period)));
    m_run->start(*m_session, *period, threshold());
    updateControls();
}

void StatisticsDialog::showProgress(int percent)
{
    m_progress->setValue(percent);
}

void StatisticsDialog::showReport(std::shared_ptr<const statistics::ReleasedReport> report)
{
    m_report = std::move(report);
    m_preview->show(m_report);
    m_status->setText(tr("Figures for %1, with %2 for comparison: %n count(s) suppressed.",
                         nullptr,
                         static_cast<int>(m_report->suppressedCount()))
                          .arg(reports::StatisticsText::periodName(m_report->current().period),
                               reports::StatisticsText::periodName(m_report->previous().period)));
    updateControls();
}

void StatisticsDialog::showFailure(const QString& message)
{
    m_status->clear();
    m_error->showMessage(message);
    updateControls();
}

void StatisticsDialog::showCancelled()
{
    m_status->setText(tr("Stopped before the figures were ready. Press Show figures to compute them."));
    updateControls();
}

void StatisticsDialog::exportAs(Export format)
{
    if (!m_report || m_run->isRunning()) {
        return;
    }
    QString label = QString::fromStdString(m_report->current().period.label());
    label.replace(QLatin1Char('/'), QLatin1Char('_'));
    QString name;
    QString filter;
    switch (format) {
    case Export::Csv:
        name = QStringLiteral("statistics-%1.csv").arg(label);
        filter = tr("CSV files (*.csv)");
        break;
    case Export::Json:
        name = QStringLiteral("statistics-%1.json").arg(label);
        filter = tr("JSON files (*.json)");
        break;
    case Export::Pdf:
        name = QStringLiteral("statistics-%1-%2.pdf").arg(label, language());
        filter = tr("PDF documents (*.pdf)");
        break;
    }
    PlaintextExport::start(this,
                           tr("The file holds the anonymised figures shown, with small counts suppressed: no "
                              "names, no free text and no dates finer than the period."),
                           name,
                           filter,
                           [this, format](const QString& path) { write(format, path); });
}

void StatisticsDialog::write(Export format, const QString& path)
{
    if (!m_report || !m_session) {
        return;
    }
    m_error->showMessage(QString());
    try {
        std::string content;
        std::string described;
        switch (format) {
        case Export::Csv:
            content = statistics::reportToCsv(*m_report);
            described = "csv";
            break;
        case Export::Json:
            content = statistics::reportToJson(*m_report);
            described = "json";
            break;
        case Export::Pdf:
            content = reports::StatisticsPdf::render(*m_report, language()).toStdString();
            described = "pdf, " + language().toStdString();
            break;
        }
        statistics::StatisticsExport(*m_session).writeReport(*m_report, described, content, toPath(path));
        m_status->setText(tr("Saved %1. It is not encrypted.").arg(QFileInfo(path).fileName()));
    } catch (const Error& error) {
        m_error->showMessage(ErrorText::describe(error).fullText());
    }
}

void StatisticsDialog::done(int result)
{
    m_delay->stop();
    m_run->cancel();
    m_run->wait();
    m_session = nullptr;
    updateControls();
    QDialog::done(result);
}

} // namespace majakka::ui
