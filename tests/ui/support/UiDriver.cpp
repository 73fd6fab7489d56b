#include "support/UiDriver.h"

#include "ui/app/DesktopController.h"
#include "ui/main/HomePage.h"
#include "ui/main/MainWindow.h"
#include "ui/unlock/CreateDatabaseDialog.h"
#include "ui/unlock/UnlockDialog.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>

namespace majakka::ui::test {

bool waitUntil(const std::function<bool()>& condition, std::chrono::milliseconds timeout)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeout.count()) {
            return false;
        }
        QTest::qWait(10);
    }
    return true;
}

// QTest::keyClicks() takes ASCII only; Finnish names and passphrases need ä and ö.
void typeInto(QLineEdit* edit, const QString& text)
{
    for (const QChar character : text) {
        if (character.unicode() < 0x80) {
            QTest::keyClick(edit, character.toLatin1());
        } else {
            const auto key
                = character.unicode() <= 0xff ? Qt::Key(character.toUpper().unicode()) : Qt::Key_unknown;
            QTest::sendKeyEvent(QTest::Click, edit, key, QString(character), Qt::NoModifier);
        }
    }
}

void replaceText(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeInto(edit, text);
}

void click(QAbstractButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton);
}

void fillCreateDialog(CreateDatabaseDialog& dialog,
                      const QString& name,
                      const QString& passphrase,
                      const QString& repeat)
{
    replaceText(child<QLineEdit>(&dialog, "administratorNameEdit"), name);
    replaceText(child<QLineEdit>(&dialog, "passphraseEdit"), passphrase);
    replaceText(child<QLineEdit>(&dialog, "repeatPassphraseEdit"), repeat);
}

bool createDatabaseThroughUi(DesktopController& controller, const QString& name, const QString& passphrase)
{
    CreateDatabaseDialog* dialog = controller.createDialog();
    if (!dialog) {
        return false;
    }
    fillCreateDialog(*dialog, name, passphrase, passphrase);
    click(child<QAbstractButton>(dialog, "createButton"));
    return waitUntil([&] { return isShownAndUnlocked(controller); });
}

void submitUnlock(UnlockDialog& dialog, const QString& passphrase)
{
    replaceText(child<QLineEdit>(&dialog, "passphraseEdit"), passphrase);
    click(child<QAbstractButton>(&dialog, "unlockButton"));
}

bool isShownAndUnlocked(const DesktopController& controller)
{
    const MainWindow* window = controller.mainWindow();
    return controller.session() && window && window->isVisible() && !window->isLocked()
        && !window->homePage()->signedInText().isEmpty();
}

} // namespace majakka::ui::test
