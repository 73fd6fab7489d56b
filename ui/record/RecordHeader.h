#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "domain/ClientRecord.h"
#include "domain/Date.h"
#endif

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace majakka::ui {

// The top of a client record: name, number, kind, status, worker, and the
// alerts that must not be missed (an open serious threat, a reflection period
// about to end), each in words with an icon, never by colour alone.
class RecordHeader : public QWidget
{
    Q_OBJECT

public:
    static constexpr int ReflectionWarningDays = 14;

    explicit RecordHeader(QWidget* parent = nullptr);

    void showRecord(const domain::ClientRecord& record, domain::Date today);
    QStringList alerts() const { return m_alertTexts; }
    QString nameText() const;

    static QStringList alertsFor(const domain::ClientRecord& record, domain::Date today);

private:
    void addAlert(const QString& text);

    QLabel* m_name;
    QLabel* m_facts;
    QWidget* m_alertBox;
    QVBoxLayout* m_alertLayout;
    QStringList m_alertTexts;
};

} // namespace majakka::ui
