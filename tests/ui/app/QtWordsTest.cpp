#include "ui/app/QtWords.h"

#include "../record/RecordDriver.h"
#include "ui/record/dialogs/PersonDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTranslator>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {
QStringList actionTexts(QMenu* menu)
{
    QStringList texts;
    for (const QAction* action : menu->actions()) {
        if (!action->isSeparator()) {
            // Qt appends the shortcut after a tab: "&Ångra\tCtrl+Z".
            texts << action->text().section(QLatin1Char('\t'), 0, 0);
        }
    }
    return texts;
}
} // namespace

TEST_CASE("in Swedish a dialog's Cancel reads Avbryt, and Qt's menus, dialogs and key names are Swedish",
          "[ui][i18n]")
{
    CaseworkFixture fixture;
    const OpenRecord open
        = signInAndOpen(fixture, CaseworkFixture::Caseworker, [](const domain::ClientRecord& record) {
              return record.person.kind != domain::ClientKind::Child;
          });
    fixture.languages().choose(QStringLiteral("sv"));

    // A dialog of the program: OK and Cancel come from Qt (QPlatformTheme).
    QTest::keyClick(open.window, Qt::Key_F2);
    QPointer<PersonDialog> dialog = shownDialog<PersonDialog>(open.page);
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(buttons != nullptr);
    CHECK(buttons->button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Avbryt"));
    CHECK(buttons->button(QDialogButtonBox::Ok)->text() == QStringLiteral("OK"));

    // The context menu of a text field.
    std::unique_ptr<QMenu> menu(child<QLineEdit>(dialog, "birth_date")->createStandardContextMenu());
    CHECK(actionTexts(menu.get())
          == QStringList {QStringLiteral("&Ångra"),
                          QStringLiteral("&Gör om"),
                          QStringLiteral("Klipp u&t"),
                          QStringLiteral("&Kopiera"),
                          QStringLiteral("Klistra &in"),
                          QStringLiteral("Ta bort"),
                          QStringLiteral("Markera allt")});
    CHECK(cancelWithEscape(dialog.data()));

    // Key names in the menus.
    CHECK(open.window->addEntryAction()->shortcut().toString(QKeySequence::NativeText)
          == QStringLiteral("Ctrl+Skift+N"));

    SECTION("message boxes and progress dialogs")
    {
        QMessageBox box(QMessageBox::Question,
                        QStringLiteral("title"),
                        QStringLiteral("text"),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Close | QMessageBox::Save
                            | QMessageBox::Discard | QMessageBox::Apply);
        CHECK(box.button(QMessageBox::Yes)->text() == QStringLiteral("&Ja"));
        CHECK(box.button(QMessageBox::No)->text() == QStringLiteral("&Nej"));
        CHECK(box.button(QMessageBox::Close)->text() == QStringLiteral("Stäng"));
        CHECK(box.button(QMessageBox::Save)->text() == QStringLiteral("Spara"));
        CHECK(box.button(QMessageBox::Discard)->text() == QStringLiteral("Förkasta"));
        CHECK(box.button(QMessageBox::Apply)->text() == QStringLiteral("Verkställ"));
        QProgressDialog progress;
        const QList<QPushButton*> cancel = progress.findChildren<QPushButton*>();
        REQUIRE(cancel.size() == 1);
        CHECK(cancel.front()->text() == QStringLiteral("Avbryt"));
    }
    SECTION("Qt's own file dialog, as the backup uses it")
    {
        QFileDialog files;
        files.setOption(QFileDialog::DontUseNativeDialog);
        files.setAcceptMode(QFileDialog::AcceptSave);
        CHECK(child<QLabel>(&files, "lookInLabel")->text() == QStringLiteral("Leta i:"));
        CHECK(child<QLabel>(&files, "fileNameLabel")->text() == QStringLiteral("Fil&namn:"));
        CHECK(child<QLabel>(&files, "fileTypeLabel")->text() == QStringLiteral("Filer av typen:"));
        auto* box = files.findChild<QDialogButtonBox*>();
        REQUIRE(box != nullptr);
        CHECK(box->button(QDialogButtonBox::Save)->text() == QStringLiteral("&Spara"));
        CHECK(box->button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Avbryt"));
        CHECK(child<QAbstractButton>(&files, "newFolderButton")->toolTip()
              == QStringLiteral("Skapa ny mapp"));
    }
}

TEST_CASE("in Finnish Qt's own translation is loaded, and speaks for the standard buttons", "[ui][i18n]")
{
    CaseworkFixture fixture;
    fixture.languages().choose(QStringLiteral("fi"));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Peru"));
    // A text that only qtbase_fi.qm has: the program lists no print preview.
    CHECK(QCoreApplication::translate("QPrintPreviewDialog", "Print Preview")
          == QStringLiteral("Tulostuksen esikatselu"));
    fixture.languages().choose(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Cancel"));
}

TEST_CASE("every Qt text the program lists has its Finnish and Swedish in the program's translations",
          "[ui][i18n]")
{
    REQUIRE(qtWords().size() > 250);
    for (const char* language : {"fi", "sv"}) {
        QTranslator translator;
        REQUIRE(translator.load(QStringLiteral(":/i18n/majakka_%1.qm").arg(QLatin1StringView(language))));
        for (const QtWord& word : qtWords()) {
            INFO(language << " " << word.context << ": " << word.text.source);
            CHECK_FALSE(translator.translate(word.context, word.text.source, word.text.comment).isEmpty());
        }
    }
}
