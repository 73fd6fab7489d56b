#pragma once

#include <memory>

class QApplication;

namespace majakka::reports {

// The Qt application that documents need outside the desktop program
// (majakka-cli, the benchmark), made only when a document is to be made and
// only when there is none yet. A QApplication rather than a QGuiApplication:
// a Qt Charts chart is a QGraphicsWidget, which takes its style from
// QApplication (without one, drawing a chart crashes). On Qt's offscreen
// platform unless QT_QPA_PLATFORM says otherwise, so no display is needed,
// and Qt's own messages are dropped while it lives: the command line prints
// only what it means to.
class OffscreenGui
{
public:
    OffscreenGui();
    ~OffscreenGui();
    OffscreenGui(const OffscreenGui&) = delete;
    OffscreenGui& operator=(const OffscreenGui&) = delete;

private:
    int m_argc = 1;
    char m_name[16] = "majakka-cli";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QApplication> m_application;
};

} // namespace majakka::reports
