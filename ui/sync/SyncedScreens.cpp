#include "ui/sync/SyncedScreens.h"

#include "ui/clients/ClientListPage.h"
#include "ui/main/MainWindow.h"
#include "ui/record/ClientRecordPage.h"

#include <QPointer>
#include <QTimer>

namespace majakka::ui {

SyncedScreens::SyncedScreens(MainWindow& window)
    : m_window(window)
{ }

void SyncedScreens::setQuiet(bool quiet)
{
    if (QWidget* pages = m_window.centralWidget()) {
        pages->setVisible(!quiet);
    }
}

void SyncedScreens::recordsChanged(const std::set<std::string>& changed, const std::set<std::string>& removed)
{
    if (m_window.isLocked()) {
        return;
    }
    const int page = m_window.currentPage();
    ClientRecordPage* current = m_window.currentRecord();
    const QString currentId = current ? current->clientId() : QString();
    std::vector<QString> reopen;
    for (ClientRecordPage* record : m_window.openRecords()) {
        const std::string id = record->clientId().toStdString();
        if (removed.count(id) > 0) {
            m_window.closeRecord(record);
        } else if (changed.count(id) > 0) {
            reopen.push_back(record->clientId());
            m_window.closeRecord(record);
        }
    }
    // Opening again reads the record anew (and is a view in the audit log, as
    // any opening is): an open page would otherwise show values sync replaced.
    for (const QString& id : reopen) {
        m_window.openClient(id);
    }
    m_window.clientListPage()->reload();
    if (!currentId.isEmpty() && removed.count(currentId.toStdString()) == 0) {
        m_window.openClient(currentId);
    } else if (page == MainWindow::HomePageIndex) {
        m_window.showHome();
    } else if (page < MainWindow::FirstRecordPageIndex) {
        m_window.showPage(page);
    }
}

void SyncedScreens::recordChangedLater(const std::string& clientId)
{
    QPointer<MainWindow> window(&m_window);
    QTimer::singleShot(0, &m_window, [this, window, clientId] {
        if (window) {
            recordsChanged({clientId}, {});
        }
    });
}

} // namespace majakka::ui
