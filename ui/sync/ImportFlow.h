#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QMessageBox;
class QWidget;

namespace majakka::ui {

class ImportPreviewDialog;
class MainWindow;
class SyncRunner;
class SyncedScreens;

// An import from a package file: the preview (a dry run of the import on the
// worker), then, on Apply, the import itself. "Sync import does not run while
// a record is being edited": when another window of the program is open, it
// asks first, and closes that window only when told to.
class ImportFlow : public QObject
{
    Q_OBJECT

public:
    ImportFlow(MainWindow& window, SyncRunner& runner, SyncedScreens& screens, QObject* parent = nullptr);

    // `over`: the dialog to show the preview over (the sync dialog), or null for
    // the main window. While another import is on the screen or running, the
    // file waits for it to finish (the newest file, when several come).
    void preview(const QString& file, QWidget* over = nullptr);
    QString waitingFile() const { return m_waiting; }
    // On lock: a file that waited is dropped (the controller keeps what comes while locked).
    void forgetWaiting() { m_waiting.clear(); }

    ImportPreviewDialog* dialog() const;
    QMessageBox* editingQuestion() const;

Q_SIGNALS:
    // The import changed the database (conflicts may have come or gone).
    void imported();

private:
    void runPreview(const QString& file, QWidget* over);
    void previewWaiting();
    void apply();
    // Runs `then` at once when nothing else is open, or after the person agreed
    // to close what is open.
    void whenNotEditing(QWidget* over, const std::function<void()>& then);
    QList<QWidget*> editingWindows(const QWidget* over) const;

    MainWindow& m_window;
    SyncRunner& m_runner;
    SyncedScreens& m_screens;
    QPointer<ImportPreviewDialog> m_dialog;
    QPointer<QMessageBox> m_question;
    QString m_waiting;
};

} // namespace majakka::ui
