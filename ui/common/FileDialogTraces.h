#pragma once

class QFileDialog;

namespace majakka::ui {

// Qt's file dialog writes, whenever one is destroyed, the folder a file was
// last chosen in and the folders visited ("lastVisited" and "history") to
// ~/.config/QtProject.conf, a settings file every Qt program of the user
// shares. A folder's name can name a client ("Requests/Ääkkönen Kanaria"), and
// Majakka keeps nothing but the last database's path outside its database. So
// after each of its file dialogs, and when it quits, it puts those two values
// back as they were when it started: another program's folders stay, Majakka's
// leave no trace. Within one run the dialog still opens where the last one was
// (Qt keeps that in memory).
//
// A desktop's native dialog (GTK, KDE) may keep a history of its own, such as
// GNOME's recent files; that is the desktop's setting (docs/packaging.md).
class FileDialogTraces
{
public:
    // Around the static QFileDialog functions, whose dialog is gone when they return.
    FileDialogTraces();
    ~FileDialogTraces();
    FileDialogTraces(const FileDialogTraces&) = delete;
    FileDialogTraces& operator=(const FileDialogTraces&) = delete;

    // Reads the values to put back; at start, before any file dialog. Without
    // it they are read when the first file dialog of Majakka's opens.
    static void rememberBefore();
    // For a dialog of one's own: puts the values back once DIALOG is destroyed.
    static void eraseAfter(QFileDialog* dialog);
    // Puts the values back now, also after a dialog Qt opened of its own
    // (the print dialog's "print to file" chooser).
    static void erase();
};

} // namespace majakka::ui
