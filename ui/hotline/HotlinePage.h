#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers.
#ifndef Q_MOC_RUN
#include "Error.h"
#include "domain/HotlineCall.h"
#endif

#include <QWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace majakka::ui {

class DateEdit;
class ErrorLabel;
class SessionWorker;

// The 24/7 hotline's log: an anonymous call entered in a few seconds with the
// keyboard alone (caller, topic, outcome, Enter), and the latest calls. The
// form has no field for anything personal; the core's HotlineLog keeps only
// its fixed vocabularies.
class HotlinePage : public QWidget
{
    Q_OBJECT

public:
    // How many of the latest calls the list shows.
    static constexpr std::size_t RecentCallCount = 50;

    HotlinePage(SessionWorker& worker, QWidget* parent = nullptr);

    // After unlocking: the date the form suggests, and the latest calls.
    void start(domain::Date today);
    // Forgets the calls and what was chosen (on lock).
    void clear();
    // The cursor to the first choice, to begin a call.
    void focusEntry();
    // Logs the call the form describes (Enter in the form, or the button).
    void logCall();

    QComboBox* callerTypeBox() const { return m_callerType; }
    QComboBox* topicBox() const { return m_topic; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QTableWidget* callTable() const { return m_calls; }
    QString statusText() const;

Q_SIGNALS:
    // A call was logged and the list shows it.
    void callLogged();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void resetChoices();
    void updateLogButton();
    void loadCalls();
    void showCalls(std::vector<domain::HotlineCall> calls);
    void showFailure(const Error& error);

    SessionWorker& m_worker;
    domain::Date m_today;
    std::vector<domain::HotlineCall> m_recent;
    QLabel* m_heading;
    QLabel* m_privacyNote;
    QLabel* m_dateLabel;
    DateEdit* m_date;
    QLabel* m_callerTypeLabel;
    QComboBox* m_callerType;
    QLabel* m_topicLabel;
    QComboBox* m_topic;
    QLabel* m_outcomeLabel;
    QComboBox* m_outcome;
    QCheckBox* m_referralFollowed;
    QPushButton* m_log;
    QLabel* m_status;
    ErrorLabel* m_error;
    QLabel* m_callsHeading;
    QTableWidget* m_calls;
    bool m_logging = false;
};

} // namespace majakka::ui
