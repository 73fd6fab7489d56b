#include "support/KeyboardDriver.h"

#include <QApplication>
#include <QTest>
#include <QWidget>
#include <catch2/catch.hpp>

namespace majakka::ui::test {

QWidget* focused()
{
    // A modal dialog takes the keys; the offscreen platform does not always
    // make it the active window, so its own focus widget is asked.
    if (QWidget* modal = QApplication::activeModalWidget()) {
        return modal->focusWidget() ? modal->focusWidget() : modal;
    }
    return QApplication::focusWidget();
}

void press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = focused();
    REQUIRE(target != nullptr);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void typeText(const QString& text)
{
    for (const QChar character : text) {
        QWidget* target = focused();
        REQUIRE(target != nullptr);
        if (character.unicode() < 0x80) {
            QTest::keyClick(target, character.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(character), Qt::NoModifier);
        }
    }
}

} // namespace majakka::ui::test
