#include "ui/lock/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace majakka::ui {

namespace {
bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}
} // namespace

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication* application = QCoreApplication::instance()) {
        application->removeEventFilter(this);
    }
}

void IdleWatcher::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    if (m_timer.isActive()) {
        m_timer.start();
    }
}

std::chrono::milliseconds IdleWatcher::interval() const
{
    return m_timer.intervalAsDuration();
}

void IdleWatcher::start()
{
    m_timer.start();
}

void IdleWatcher::stop()
{
    m_timer.stop();
}

bool IdleWatcher::isActive() const
{
    return m_timer.isActive();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    // Restarting a running timer is cheap, and the filter never consumes the event.
    if (m_timer.isActive() && isUserInput(event->type())) {
        m_timer.start();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace majakka::ui
