#include "ui/reports/OffscreenGui.h"

#include <QApplication>
#include <cstdlib>

namespace majakka::reports {

namespace {
QtMessageHandler previousHandler = nullptr;

void dropMessage(QtMsgType, const QMessageLogContext&, const QString&) { }
} // namespace

OffscreenGui::OffscreenGui()
{
    if (QCoreApplication::instance()) {
        return;
    }
    if (!std::getenv("QT_QPA_PLATFORM")) {
        ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    }
    previousHandler = qInstallMessageHandler(dropMessage);
    m_application = std::make_unique<QApplication>(m_argc, m_argv);
}

OffscreenGui::~OffscreenGui()
{
    if (m_application) {
        m_application.reset();
        qInstallMessageHandler(previousHandler);
    }
}

} // namespace majakka::reports
