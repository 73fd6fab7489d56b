#include "ui/sync/ImportFlow.h"

#include "ui/common/ErrorText.h"
#include "ui/common/Paths.h"
#include "ui/main/MainWindow.h"
#include "ui/sync/ImportPreviewDialog.h"
#include "ui/sync/SyncErrorText.h"
#include "ui/sync/SyncRunner.h"
#include "ui/sync/SyncedScreens.h"

#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <utility>

namespace majakka::ui {

namespace {

QString failureText(const SyncOutcome& outcome)
{
    if (outcome.cancelled) {
        return ImportFlow::tr("Cancelled. Nothing was changed.");
    }
    if (outcome.error) {
        return SyncErrorText::describe(*outcome.error, SyncErrorText::Work::Import).fullText();
    }
    return ErrorText::describeUnexpected(QString::fromStdString(outcome.unexpected.value_or(""))).fullText();
}

std::set<std::string> hexOf(const std::vector<store::Id>& ids)
{
    std::set<std::string> out;
    for (const store::Id& id : ids) {
        out.insert(id.hex());
    }
    return out;
}

} // namespace

ImportFlow::ImportFlow(MainWindow& window, SyncRunner& runner, SyncedScreens& screens, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_runner(runner)
    , m_screens(screens)
{
    // Queued: the runner is still tidying up when it says it has finished.
    connect(&m_runner, &SyncRunner::finished, this, &ImportFlow::previewWaiting, Qt::QueuedConnection);
}

ImportPreviewDialog* ImportFlow::dialog() const
{
    return m_dialog;
}

QMessageBox* ImportFlow::editingQuestion() const
{
    return m_question;
}

QList<QWidget*> ImportFlow::editingWindows(const QWidget* over) const
{
    // The dialogs the import was asked from (the preview over the sync dialog) do not count.
    QList<const QWidget*> asking;
    for (const QWidget* widget = over; widget; widget = widget->parentWidget()) {
        asking.append(widget);
    }
    QList<QWidget*> open;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        auto* dialog = qobject_cast<QDialog*>(widget);
        if (dialog && dialog->isVisible() && !asking.contains(dialog) && dialog != m_dialog.data()) {
            open.append(dialog);
        }
    }
    return open;
}

void ImportFlow::whenNotEditing(QWidget* over, const std::function<void()>& then)
{
    const QList<QWidget*> open = editingWindows(over);
    if (open.isEmpty()) {
        then();
        return;
    }
    delete m_question.data();
    m_question = new QMessageBox(QMessageBox::Question,
                                 tr("Import"),
                                 tr("Another window of Majakka is open, perhaps with a record being edited. "
                                    "An import must not change records under it.\n\nClose that window, "
                                    "dropping what was typed in it, and go on with the import?"),
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 over ? over : static_cast<QWidget*>(&m_window));
    m_question->setObjectName(QStringLiteral("importWhileEditingQuestion"));
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    m_question->button(QMessageBox::Yes)->setText(tr("Close it and &import"));
    m_question->button(QMessageBox::Cancel)->setText(tr("&Not now"));
    m_question->setDefaultButton(QMessageBox::Cancel);
    m_window.shareShortcutsWith(m_question);
    QList<QPointer<QWidget>> windows;
    for (QWidget* window : open) {
        windows.append(window);
    }
    connect(m_question, &QMessageBox::finished, this, [then, windows](int answer) {
        if (answer != QMessageBox::Yes) {
            return;
        }
        for (const QPointer<QWidget>& window : windows) {
            if (auto* dialog = qobject_cast<QDialog*>(window.data()); dialog && dialog->isVisible()) {
                dialog->reject();
                dialog->hide();
            }
        }
        then();
    });
    m_question->open();
}

void ImportFlow::preview(const QString& file, QWidget* over)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    if (m_runner.isBusy() || (m_dialog && m_dialog->isVisible())) {
        // One import at a time: the one on the screen goes on, this one waits for it.
        m_waiting = path;
        if (m_dialog) {
            m_dialog->raise();
            m_dialog->activateWindow();
        }
        return;
    }
    whenNotEditing(over, [this, path, over = QPointer<QWidget>(over)] { runPreview(path, over); });
}

void ImportFlow::previewWaiting()
{
    if (!m_waiting.isEmpty() && m_runner.hasSession() && !m_runner.isBusy()
        && !(m_dialog && m_dialog->isVisible())) {
        preview(std::exchange(m_waiting, QString()));
    }
}

void ImportFlow::runPreview(const QString& file, QWidget* over)
{
    delete m_dialog.data();
    m_dialog = new ImportPreviewDialog(file, over ? over : static_cast<QWidget*>(&m_window));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_window.shareShortcutsWith(m_dialog);
    connect(m_dialog, &ImportPreviewDialog::applyRequested, this, &ImportFlow::apply);
    connect(m_dialog, &QDialog::finished, this, &ImportFlow::previewWaiting, Qt::QueuedConnection);
    m_dialog->open();
    QPointer<ImportPreviewDialog> dialog = m_dialog;
    m_screens.setQuiet(true);
    const bool started = m_runner.start(
        tr("Checking the sync package…"),
        [path = toPath(file)](sync::SyncService& service, Progress& progress, SyncOutcome& outcome) {
            outcome.imported = service.importFrom(path, true, &progress);
        },
        [this, dialog](const SyncOutcome& outcome) {
            m_screens.setQuiet(false);
            if (!dialog) {
                return;
            }
            if (outcome.succeeded()) {
                dialog->showPreview(*outcome.imported);
            } else {
                dialog->showFailure(failureText(outcome));
            }
        });
    if (!started) {
        m_screens.setQuiet(false);
        m_dialog->showFailure(tr("Another sync is running. Try again when it has finished."));
    }
}

void ImportFlow::apply()
{
    QPointer<ImportPreviewDialog> dialog = m_dialog;
    if (!dialog || m_runner.isBusy()) {
        return;
    }
    whenNotEditing(dialog, [this, dialog] {
        if (!dialog) {
            return;
        }
        dialog->setBusy(true);
        m_screens.setQuiet(true);
        const bool started = m_runner.start(
            tr("Importing the sync package…"),
            [path
             = toPath(dialog->file())](sync::SyncService& service, Progress& progress, SyncOutcome& outcome) {
                outcome.imported = service.importFrom(path, false, &progress);
            },
            [this, dialog](const SyncOutcome& outcome) {
                m_screens.setQuiet(false);
                if (outcome.succeeded()) {
                    const sync::ImportReport& report = *outcome.imported;
                    std::set<std::string> changed = hexOf(report.added);
                    for (const std::string& id : hexOf(report.changed)) {
                        changed.insert(id);
                    }
                    m_screens.recordsChanged(changed, hexOf(report.removed));
                    Q_EMIT imported();
                }
                if (!dialog) {
                    return;
                }
                dialog->setBusy(false);
                if (outcome.succeeded()) {
                    dialog->showImported(*outcome.imported);
                } else {
                    dialog->showFailure(failureText(outcome));
                }
            });
        if (!started) {
            m_screens.setQuiet(false);
            dialog->setBusy(false);
        }
    });
}

} // namespace majakka::ui
