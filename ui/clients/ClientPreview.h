#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "casework/ClientService.h"
#endif

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace majakka::ui {

// The right-hand pane of the client list: the summary the list already holds,
// so that looking through the list neither opens records nor writes to the
// audit log. Opening the client (and the audited view) is one Enter away.
class ClientPreview : public QWidget
{
    Q_OBJECT

public:
    explicit ClientPreview(QWidget* parent = nullptr);

    void showSummary(const std::optional<ClientSummary>& summary);
    const std::optional<ClientSummary>& summary() const { return m_summary; }

Q_SIGNALS:
    void openRequested(const QString& clientId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    std::optional<ClientSummary> m_summary;
    QLabel* m_title;
    QLabel* m_empty;
    QWidget* m_details;
    QFormLayout* m_form;
    QLabel* m_numberLabel;
    QLabel* m_number;
    QLabel* m_kindLabel;
    QLabel* m_kind;
    QLabel* m_officeLabel;
    QLabel* m_office;
    QLabel* m_workerLabel;
    QLabel* m_worker;
    QLabel* m_statusLabel;
    QLabel* m_status;
    QLabel* m_duplicate;
    QPushButton* m_open;
};

} // namespace majakka::ui
