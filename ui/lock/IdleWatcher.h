#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace majakka::ui {

// Emits idle() when nobody has touched the keyboard or the mouse in any window
// of the program for the set interval. It filters the application's events,
// so input in a dialog counts as much as input in the main window.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    // Milliseconds so that tests can use a tiny interval; people set minutes.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;

    void start();
    void stop();
    bool isActive() const;

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace majakka::ui
