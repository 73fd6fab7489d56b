#include "ui/lock/TransientWindows.h"

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QWidget>

namespace majakka::ui {

void closeTransientWindows(const QWidget* keep)
{
    while (QWidget* popup = QApplication::activePopupWidget()) {
        if (!popup->close()) {
            popup->hide();
        }
    }
    // Collect first: rejecting a dialog may delete it (WA_DeleteOnClose) and
    // change the list of top-level widgets.
    QList<QPointer<QDialog>> dialogs;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        auto* dialog = qobject_cast<QDialog*>(widget);
        if (dialog && dialog != keep && dialog->isVisible()) {
            dialogs.append(dialog);
        }
    }
    for (const QPointer<QDialog>& pointer : dialogs) {
        // A dialog may have gone with its parent, or refuse reject(); hide it anyway.
        if (QDialog* dialog = pointer.data(); dialog && dialog->isVisible()) {
            dialog->reject();
            dialog->hide();
        }
    }
}

} // namespace majakka::ui
