#include "ui/main/AboutBox.h"

#include "Version.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace majakka::ui {

QMessageBox* makeAboutBox(QWidget* parent)
{
    auto* box
        = new QMessageBox(QMessageBox::NoIcon,
                          QCoreApplication::translate("majakka::ui::MainWindow", "About Majakka"),
                          QCoreApplication::translate(
                              "majakka::ui::MainWindow",
                              "<h3>Majakka %1</h3>"
                              "<p>Casework for the Assistance System for Victims of Human Trafficking.</p>"
                              "<p>Records are kept in an encrypted database on this computer.</p>"
                              "<p>Licensed under the European Union Public Licence 1.2.</p>")
                              .arg(QString::fromUtf8(Version)),
                          QMessageBox::Ok,
                          parent);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (parent) {
        box->setIconPixmap(parent->windowIcon().pixmap(64, 64));
    }
    return box;
}

} // namespace majakka::ui
