#pragma once

#include <QObject>
#include <set>
#include <string>

namespace majakka::ui {

class MainWindow;

// Keeps the main window's case screens in step with sync. While a worker has
// the session the pages are hidden, so that nothing on them (the client list
// fetches rows as its view is resized) reaches the single-threaded connection;
// afterwards what sync changed is shown again from the database.
class SyncedScreens
{
public:
    explicit SyncedScreens(MainWindow& window);

    void setQuiet(bool quiet);
    // Records sync changed (client ids in hex) are opened again if they were
    // open, removed ones closed; the client list and the home page are read again.
    void recordsChanged(const std::set<std::string>& changed, const std::set<std::string>& removed);
    // The same when sync changed one record (a conflict resolved from its page);
    // later, from the event loop, since the request may come from that page.
    void recordChangedLater(const std::string& clientId);

private:
    MainWindow& m_window;
};

} // namespace majakka::ui
