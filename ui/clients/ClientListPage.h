#pragma once

#include "ui/clients/ClientListModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace majakka::ui {

class ClientPreview;

// Finding a client: a search box that filters as you type, filters by status,
// office, kind and worker, the list (fetched page by page), and a preview of
// the selected client. Enter or a double click opens the client.
class ClientListPage : public QWidget
{
    Q_OBJECT

public:
    // How long typing may pause before the list follows: short enough to feel
    // immediate, long enough not to query on every key of a fast typist.
    static constexpr int SearchDelayMs = 150;

    explicit ClientListPage(QWidget* parent = nullptr);

    void setQuery(ClientListModel::Query query);
    // Forgets the rows, the filters and what was typed (on lock).
    void clear();
    void reload();
    void focusSearch();

    ClientListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }

Q_SIGNALS:
    void openRequested(const QString& clientId);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void fillFilterChoices();
    void applyFilter();
    ClientFilter currentFilter() const;
    void updatePreview();
    void updateCount();
    void openCurrent();
    // Down or Enter in the search box: to the list, or open the first client.
    void actOnList(int key);

    ClientListModel* m_model;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_officeLabel;
    QComboBox* m_office;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_workerLabel;
    QLineEdit* m_worker;
    QTableView* m_table;
    QLabel* m_count;
    ClientPreview* m_preview;
    QTimer* m_searchDelay;
    // The client selected before the rows were replaced, to select again.
    std::string m_keptClient;
    // A Down or Enter typed before the list had caught up with the search box.
    int m_pendingKey = 0;
};

} // namespace majakka::ui
