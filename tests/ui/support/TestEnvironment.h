#pragma once

#include <QTemporaryDir>

namespace majakka::ui::test {

// Keeps tests and the screenshot tool away from the person's own settings and
// data: before the QApplication exists it points the XDG folders (and so
// QSettings and QStandardPaths) into a temporary folder, and picks the
// offscreen platform unless another one was asked for.
class TestEnvironment
{
public:
    TestEnvironment();
    TestEnvironment(const TestEnvironment&) = delete;
    TestEnvironment& operator=(const TestEnvironment&) = delete;

    // Call right after creating the QApplication.
    void configureApplication(const QString& organisation) const;

    QString path() const { return m_home.path(); }

private:
    QTemporaryDir m_home;
};

} // namespace majakka::ui::test
