#include "ui/hotline/HotlinePage.h"

#include "casework/HotlineLog.h"
#include "domain/EnumNames.h"
#include "ui/app/SessionWorker.h"
#include "ui/common/DateEdit.h"
#include "ui/common/DateText.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/ErrorText.h"
#include "ui/hotline/HotlineText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>
#include <algorithm>

namespace majakka::ui {

namespace {

template<typename E> void fillChoices(QComboBox* box)
{
    box->clear();
    for (const E value : domain::allValues<E>()) {
        box->addItem(HotlineText::text(value), static_cast<int>(value));
    }
}

template<typename E> E chosen(const QComboBox* box)
{
    return static_cast<E>(box->currentData().toInt());
}

// The newest calls first: by date, and among one day's the later logged first.
std::vector<domain::HotlineCall> latest(std::vector<domain::HotlineCall> calls, std::size_t count)
{
    std::reverse(calls.begin(), calls.end());
    std::stable_sort(
        calls.begin(), calls.end(), [](const auto& a, const auto& b) { return a.date > b.date; });
    if (calls.size() > count) {
        calls.resize(count);
    }
    return calls;
}

} // namespace

HotlinePage::HotlinePage(SessionWorker& worker, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_heading(new QLabel(this))
    , m_privacyNote(new QLabel(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new DateEdit(this))
    , m_callerTypeLabel(new QLabel(this))
    , m_callerType(new QComboBox(this))
    , m_topicLabel(new QLabel(this))
    , m_topic(new QComboBox(this))
    , m_outcomeLabel(new QLabel(this))
    , m_outcome(new QComboBox(this))
    , m_referralFollowed(new QCheckBox(this))
    , m_log(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_callsHeading(new QLabel(this))
    , m_calls(new QTableWidget(this))
{
    setObjectName(QStringLiteral("hotlinePage"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    m_heading->setFont(headingFont);
    m_privacyNote->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("hotlineDateEdit"));
    m_callerType->setObjectName(QStringLiteral("hotlineCallerTypeBox"));
    m_topic->setObjectName(QStringLiteral("hotlineTopicBox"));
    m_outcome->setObjectName(QStringLiteral("hotlineOutcomeBox"));
    m_referralFollowed->setObjectName(QStringLiteral("hotlineReferralCheck"));
    m_log->setObjectName(QStringLiteral("hotlineLogButton"));
    m_status->setObjectName(QStringLiteral("hotlineStatusLabel"));
    m_error->setObjectName(QStringLiteral("hotlineErrorLabel"));
    m_dateLabel->setBuddy(m_date);
    m_callerTypeLabel->setBuddy(m_callerType);
    m_topicLabel->setBuddy(m_topic);
    m_outcomeLabel->setBuddy(m_outcome);
    for (QWidget* field : std::initializer_list<QWidget*> {
             m_date, m_callerType, m_topic, m_outcome, m_referralFollowed, m_log}) {
        field->installEventFilter(this);
    }

    m_calls->setObjectName(QStringLiteral("hotlineCallTable"));
    m_calls->setColumnCount(5);
    m_calls->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calls->verticalHeader()->hide();
    // At most RecentCallCount rows: cheap to fit to their contents.
    m_calls->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_calls->horizontalHeader()->setStretchLastSection(true);
    m_calls->setWordWrap(false);
    m_calls->setFocusPolicy(Qt::StrongFocus);

    auto* form = new QFormLayout;
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_callerTypeLabel, m_callerType);
    form->addRow(m_topicLabel, m_topic);
    form->addRow(m_outcomeLabel, m_outcome);
    form->addRow(QString(), m_referralFollowed);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_log);
    buttonRow->addWidget(m_status, 1);
    form->addRow(QString(), buttonRow);
    form->addRow(QString(), m_error);
    // A form of a few choices reads best narrow, not stretched across the window.
    auto* formBox = new QWidget(this);
    formBox->setLayout(form);
    formBox->setMaximumWidth(640);
    QFont sectionFont = m_callsHeading->font();
    sectionFont.setBold(true);
    m_callsHeading->setFont(sectionFont);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_heading);
    layout->addWidget(m_privacyNote);
    layout->addSpacing(8);
    layout->addWidget(formBox);
    layout->addSpacing(12);
    layout->addWidget(m_callsHeading);
    layout->addWidget(m_calls, 1);

    connect(m_log, &QPushButton::clicked, this, &HotlinePage::logCall);
    for (QComboBox* box : {m_callerType, m_topic, m_outcome}) {
        connect(box, &QComboBox::currentIndexChanged, this, &HotlinePage::updateLogButton);
    }
    connect(m_date, &QLineEdit::textChanged, this, &HotlinePage::updateLogButton);
    setTabOrder(m_date, m_callerType);
    setTabOrder(m_callerType, m_topic);
    setTabOrder(m_topic, m_outcome);
    setTabOrder(m_outcome, m_referralFollowed);
    setTabOrder(m_referralFollowed, m_log);
    setTabOrder(m_log, m_calls);
    retranslateUi();
    resetChoices();
}

void HotlinePage::start(domain::Date today)
{
    m_today = today;
    m_date->setDate(today);
    resetChoices();
    m_status->clear();
    m_error->showMessage(QString());
    loadCalls();
}

void HotlinePage::clear()
{
    m_recent.clear();
    m_calls->setRowCount(0);
    m_date->clear();
    m_status->clear();
    m_error->showMessage(QString());
    m_logging = false;
    resetChoices();
}

void HotlinePage::focusEntry()
{
    m_callerType->setFocus(Qt::ShortcutFocusReason);
}

QString HotlinePage::statusText() const
{
    return m_status->text();
}

void HotlinePage::resetChoices()
{
    // Nothing chosen: each call is described on purpose, not left at a default.
    for (QComboBox* box : {m_callerType, m_topic, m_outcome}) {
        box->setCurrentIndex(-1);
    }
    m_referralFollowed->setChecked(false);
    updateLogButton();
}

void HotlinePage::updateLogButton()
{
    const bool complete = m_callerType->currentIndex() >= 0 && m_topic->currentIndex() >= 0
        && m_outcome->currentIndex() >= 0 && m_date->date().has_value();
    m_log->setEnabled(complete && !m_logging);
    m_error->showMessage(
        m_date->hasValidText() ? QString() : tr("Type a date such as %1.").arg(DateText::format(m_today)));
}

void HotlinePage::logCall()
{
    if (!m_log->isEnabled()) {
        return;
    }
    domain::HotlineCall call;
    call.date = *m_date->date();
    call.callerType = chosen<domain::HotlineCallerType>(m_callerType);
    call.topic = chosen<domain::HotlineTopic>(m_topic);
    call.outcome = chosen<domain::HotlineOutcome>(m_outcome);
    call.referralFollowed = m_referralFollowed->isChecked();
    m_logging = true;
    updateLogButton();
    m_worker.run<std::vector<domain::HotlineCall>>(
        this,
        QString(),
        [call](Session& session, const JobControl&) {
            HotlineLog log(session);
            log.add(call);
            return log.all();
        },
        [this](std::vector<domain::HotlineCall> calls) {
            m_logging = false;
            showCalls(std::move(calls));
            resetChoices();
            m_status->setText(
                tr("Call logged at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
            focusEntry();
            Q_EMIT callLogged();
        },
        [this](const Error& error) {
            m_logging = false;
            updateLogButton();
            showFailure(error);
        });
}

void HotlinePage::loadCalls()
{
    m_worker.run<std::vector<domain::HotlineCall>>(
        this,
        QStringLiteral("hotline"),
        [](Session& session, const JobControl&) { return HotlineLog(session).all(); },
        [this](std::vector<domain::HotlineCall> calls) { showCalls(std::move(calls)); },
        [this](const Error& error) { showFailure(error); });
}

void HotlinePage::showCalls(std::vector<domain::HotlineCall> calls)
{
    m_recent = latest(std::move(calls), RecentCallCount);
    m_calls->setRowCount(static_cast<int>(m_recent.size()));
    for (int row = 0; row < static_cast<int>(m_recent.size()); ++row) {
        const domain::HotlineCall& call = m_recent[static_cast<std::size_t>(row)];
        m_calls->setItem(row, 0, new QTableWidgetItem(DateText::format(call.date)));
        m_calls->setItem(row, 1, new QTableWidgetItem(HotlineText::text(call.callerType)));
        m_calls->setItem(row, 2, new QTableWidgetItem(HotlineText::text(call.topic)));
        m_calls->setItem(row, 3, new QTableWidgetItem(HotlineText::text(call.outcome)));
        m_calls->setItem(row, 4, new QTableWidgetItem(call.referralFollowed ? tr("Yes") : tr("No")));
    }
}

void HotlinePage::showFailure(const Error& error)
{
    m_error->showMessage(ErrorText::describe(error).fullText());
}

bool HotlinePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Enter anywhere in the form logs the call, as a dialog's default button would.
            logCall();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HotlinePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void HotlinePage::retranslateUi()
{
    m_heading->setText(tr("Hotline log"));
    m_privacyNote->setText(tr("An anonymous call to the 24/7 hotline. Nothing personal is recorded: no "
                              "names, phone numbers or places, only what kind of call it was."));
    m_dateLabel->setText(tr("&Date:"));
    m_date->setAccessibleName(tr("Date of the call"));
    m_callerTypeLabel->setText(tr("&Caller:"));
    m_callerType->setAccessibleName(tr("Who called"));
    m_topicLabel->setText(tr("&Topic:"));
    m_topic->setAccessibleName(tr("What the call was about"));
    m_outcomeLabel->setText(tr("&Outcome:"));
    m_outcome->setAccessibleName(tr("What came of the call"));
    // The items' words change; which one is chosen does not.
    const int callerType = m_callerType->currentIndex();
    const int topic = m_topic->currentIndex();
    const int outcome = m_outcome->currentIndex();
    fillChoices<domain::HotlineCallerType>(m_callerType);
    fillChoices<domain::HotlineTopic>(m_topic);
    fillChoices<domain::HotlineOutcome>(m_outcome);
    m_callerType->setCurrentIndex(callerType);
    m_topic->setCurrentIndex(topic);
    m_outcome->setCurrentIndex(outcome);
    for (QComboBox* box : {m_callerType, m_topic, m_outcome}) {
        box->setPlaceholderText(tr("Choose…"));
    }
    m_referralFollowed->setText(tr("A &referral to the Assistance System followed"));
    m_log->setText(tr("&Log call"));
    m_log->setToolTip(tr("Enter in the form logs the call too."));
    m_callsHeading->setText(tr("Latest calls"));
    m_calls->setHorizontalHeaderLabels(
        {tr("Date"), tr("Caller"), tr("Topic"), tr("Outcome"), tr("Referral")});
    m_calls->setAccessibleName(tr("Latest hotline calls"));
    showCalls(std::vector<domain::HotlineCall>(m_recent.rbegin(), m_recent.rend()));
}

} // namespace majakka::ui
