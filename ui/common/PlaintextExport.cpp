#include "ui/common/PlaintextExport.h"

#include "ui/common/FileDialogTraces.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace majakka::ui {

namespace {

// Lock and Quit, and whatever else the parent window answers to.
void shareActions(QWidget* from, QWidget* to)
{
    for (QAction* action : from->actions()) {
        to->addAction(action);
    }
}

} // namespace

void PlaintextExport::start(QWidget* parent,
                            const QString& contents,
                            const QString& suggestedName,
                            const QString& filter,
                            Write write)
{
    auto* warning = new QMessageBox(
        QMessageBox::Warning,
        tr("The file will not be encrypted"),
        tr("Majakka keeps its records in an encrypted database. The file you are about to save is not "
           "encrypted: anyone who can open the place you save it to can read it."),
        QMessageBox::Cancel,
        parent);
    warning->setObjectName(QStringLiteral("plaintextWarning"));
    warning->setInformativeText(contents);
    QPushButton* proceed = warning->addButton(tr("&Choose where to save…"), QMessageBox::AcceptRole);
    proceed->setObjectName(QStringLiteral("plaintextProceedButton"));
    warning->setDefaultButton(proceed);
    warning->setEscapeButton(QMessageBox::Cancel);
    warning->setAttribute(Qt::WA_DeleteOnClose);
    shareActions(parent, warning);
    // Once the warning is gone: a window-modal dialog opened while another is still shown gets no input.
    QObject::connect(warning, &QDialog::accepted, parent, [=] {
        auto* chooser = new QFileDialog(parent, tr("Save as"));
        chooser->setObjectName(QStringLiteral("exportFileDialog"));
        chooser->setAcceptMode(QFileDialog::AcceptSave);
        chooser->setFileMode(QFileDialog::AnyFile);
        chooser->setOption(QFileDialog::DontConfirmOverwrite);
        chooser->setNameFilter(filter);
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        chooser->setDirectory(QDir(documents).exists() ? documents : QDir::homePath());
        chooser->selectFile(suggestedName);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        FileDialogTraces::eraseAfter(chooser);
        shareActions(parent, chooser);
        QObject::connect(
            chooser, &QFileDialog::fileSelected, parent, [write](const QString& path) { write(path); });
        chooser->open();
    });
    warning->open();
}

} // namespace majakka::ui
