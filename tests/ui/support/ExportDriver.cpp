#include "support/ExportDriver.h"

#include "support/UiDriver.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>

namespace majakka::ui::test {

QMessageBox* plaintextWarning(const QWidget* parent)
{
    auto* box = parent->findChild<QMessageBox*>(QStringLiteral("plaintextWarning"));
    return box && box->isVisible() ? box : nullptr;
}

bool saveThroughExportDialogs(const QWidget* parent, const QString& path)
{
    QMessageBox* warning = nullptr;
    if (!waitUntil([&] { return (warning = plaintextWarning(parent)) != nullptr; })) {
        return false;
    }
    auto* proceed = warning->findChild<QPushButton*>(QStringLiteral("plaintextProceedButton"));
    if (!proceed) {
        return false;
    }
    click(proceed);
    QPointer<QFileDialog> chooser;
    if (!waitUntil([&] {
            chooser = parent->findChild<QFileDialog*>(QStringLiteral("exportFileDialog"));
            return chooser && chooser->isVisible();
        })) {
        return false;
    }
    // Qt's own file dialog (there is no native one offscreen): the folder, as
    // if gone to, then the name typed into its name field, then Enter.
    chooser->setDirectory(QFileInfo(path).absolutePath());
    auto* name = chooser->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    if (!name) {
        return false;
    }
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QFileInfo(path).fileName());
    QTest::keyClick(name, Qt::Key_Return);
    return waitUntil([&] { return chooser.isNull() || !chooser->isVisible(); });
}

} // namespace majakka::ui::test
