#pragma once

// Finding a demo client of the kind a test needs, opening their record and
// driving its tabs, lists and dialogs with the keyboard and the mouse.
#include "casework/ClientService.h"
#include "support/CaseworkFixture.h"
#include "support/UiDriver.h"
#include "ui/main/MainWindow.h"
#include "ui/record/ClientRecordPage.h"
#include "ui/record/ListPanel.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>
#include <functional>
#include <optional>
#include <string>

namespace majakka::ui::test {

// The first client (active ones unless `ended`) whose record satisfies `wanted`.
inline std::optional<std::string> clientWhere(ClientService& clients,
                                              const std::function<bool(const domain::ClientRecord&)>& wanted,
                                              bool ended = false)
{
    ClientFilter filter;
    filter.ended = ended;
    for (const ClientSummary& summary : clients.list(filter)) {
        if (wanted(clients.show(summary.id))) {
            return summary.id;
        }
    }
    return std::nullopt;
}

// The first active client with at least one support measure.
inline std::optional<std::string> clientWithMeasure(ClientService& clients)
{
    return clientWhere(clients, [](const domain::ClientRecord& record) { return !record.measures.empty(); });
}

struct OpenRecord
{
    std::string id;
    ClientRecordPage* page = nullptr;
    MainWindow* window = nullptr;
};

// Opens the record of the first client `wanted` picks and gives the window the focus.
inline OpenRecord openRecord(CaseworkFixture& fixture,
                             const std::function<bool(const domain::ClientRecord&)>& wanted,
                             bool ended = false)
{
    ClientService clients = fixture.service();
    const auto id = clientWhere(clients, wanted, ended);
    REQUIRE(id);
    MainWindow* window = fixture.window();
    ClientRecordPage* page = window->openClient(QString::fromStdString(*id));
    REQUIRE(page != nullptr);
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    return {*id, page, window};
}

// Signs in as `user`, then opens the record as openRecord() does.
inline OpenRecord signInAndOpen(CaseworkFixture& fixture,
                                const QString& user,
                                const std::function<bool(const domain::ClientRecord&)>& wanted,
                                bool ended = false)
{
    REQUIRE(fixture.unlockAs(user));
    return openRecord(fixture, wanted, ended);
}

// Goes to a tab with Ctrl+Tab, as a person would.
inline void showTab(ClientRecordPage* page, ClientRecordPage::Tab tab)
{
    for (int step = 0; step < ClientRecordPage::TabCount && page->tabs()->currentIndex() != tab; ++step) {
        page->tabs()->tabBar()->setFocus();
        QTest::keyClick(page->tabs()->tabBar(), Qt::Key_Tab, Qt::ControlModifier);
    }
    REQUIRE(page->tabs()->currentIndex() == tab);
}

inline ListPanel* listPanel(ClientRecordPage* page, const char* key)
{
    auto* panel = qobject_cast<ListPanel*>(page->panel(QString::fromLatin1(key)));
    REQUIRE(panel != nullptr);
    return panel;
}

// Clicks a row of a list, which also makes its part the one the Record menu acts on.
inline void clickRow(ListPanel* panel, int row)
{
    QTableWidget* table = panel->table();
    REQUIRE(row < table->rowCount());
    table->scrollToItem(table->item(row, 0));
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, 0)).center());
    REQUIRE(panel->selectedRow() == row);
}

// The dialog of type `Dialog` once it shows over the record.
template<typename Dialog> Dialog* shownDialog(const QWidget* page)
{
    Dialog* dialog = nullptr;
    REQUIRE(waitUntil([&] {
        dialog = page->findChild<Dialog*>();
        return dialog && dialog->isVisible();
    }));
    return dialog;
}

// Waits for the dialog to close, then gives the main window the focus back,
// as a window manager does (the offscreen platform does not).
template<typename Dialog> bool closed(const QPointer<Dialog>& dialog)
{
    QWidget* main = dialog && dialog->parentWidget() ? dialog->parentWidget()->window() : nullptr;
    const bool gone = waitUntil([&] { return dialog.isNull() || !dialog->isVisible(); });
    if (main) {
        main->activateWindow();
        return gone && QTest::qWaitForWindowActive(main);
    }
    return gone;
}

// Esc closes the dialog.
template<typename Dialog> bool cancelWithEscape(Dialog* dialog)
{
    QPointer<Dialog> guard(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    return closed(guard);
}

inline void replacePlainText(QPlainTextEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace majakka::ui::test
