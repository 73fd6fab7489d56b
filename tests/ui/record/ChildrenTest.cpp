#include "RecordDriver.h"
#include "ui/record/ChildrenPanel.h"
#include "ui/record/dialogs/FamilyDialog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <algorithm>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {
QStringList rowsOf(const QTableWidget* table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        rows << table->item(row, 0)->text() + QStringLiteral(" ") + table->item(row, 1)->text();
    }
    return rows;
}

QStringList rowsOf(const std::vector<ClientSummary>& children)
{
    QStringList rows;
    for (const ClientSummary& child : children) {
        rows << QString::fromStdString(child.number + " " + child.familyName + ", " + child.givenNames);
    }
    return rows;
}

ChildrenPanel* childrenPanel(ClientRecordPage* page)
{
    auto* panel = qobject_cast<ChildrenPanel*>(page->panel(QStringLiteral("children")));
    REQUIRE(panel != nullptr);
    return panel;
}
} // namespace

TEST_CASE("a parent's record lists their children; Enter opens one, and a child linked to another parent "
          "moves to that parent's list",
          "[ui][record][family]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    ClientService clients = fixture.service();
    const auto someChild = clientWhere(clients, [](const domain::ClientRecord& record) {
        return record.person.kind == domain::ClientKind::Child && !record.person.parent.empty();
    });
    REQUIRE(someChild);
    const std::string parentId = clients.show(*someChild).person.parent;
    const std::vector<ClientSummary> children = clients.children(parentId);
    REQUIRE_FALSE(children.empty());
    ClientFilter adults;
    adults.kind = "victim";
    ClientSummary other;
    for (const ClientSummary& adult : clients.list(adults)) {
        if (adult.id != parentId && clients.children(adult.id).empty()) {
            other = adult;
            break;
        }
    }
    REQUIRE_FALSE(other.id.empty());

    const OpenRecord parent
        = openRecord(fixture, [&](const domain::ClientRecord& record) { return record.id == parentId; });
    showTab(parent.page, ClientRecordPage::FamilyTab);
    ChildrenPanel* panel = childrenPanel(parent.page);
    REQUIRE(panel->isVisible());
    CHECK(rowsOf(panel->table()) == rowsOf(children));

    // The heading's letter goes to the list; Down to the last child, Enter opens their record.
    QTest::keyClick(parent.window, Qt::Key_D, Qt::AltModifier);
    REQUIRE(panel->table()->hasFocus());
    for (std::size_t row = 1; row < children.size(); ++row) {
        QTest::keyClick(panel->table(), Qt::Key_Down);
    }
    QTest::keyClick(panel->table(), Qt::Key_Return);
    ClientRecordPage* opened = parent.window->currentRecord();
    REQUIRE(opened != nullptr);
    const ClientSummary moved = children.back();
    CHECK(opened->clientId() == QString::fromStdString(moved.id));
    // A child's own record lists no children.
    CHECK_FALSE(childrenPanel(opened)->isVisibleTo(opened));

    // In the child's record, the family link goes to the other client, found by number.
    showTab(opened, ClientRecordPage::FamilyTab);
    click(child<QAbstractButton>(opened, "editFamilyButton"));
    QPointer<FamilyDialog> dialog = shownDialog<FamilyDialog>(opened);
    typeInto(child<QLineEdit>(dialog, "parent_search"), QString::fromStdString(other.number));
    auto* found = child<QListWidget>(dialog, "parent");
    REQUIRE(found->count() == 1);
    found->setFocus();
    QTest::keyClick(found, Qt::Key_Down);
    REQUIRE(found->currentRow() == 0);
    QTest::keyClick(found, Qt::Key_Return);
    REQUIRE(closed(dialog));
    REQUIRE(clients.show(moved.id).person.parent == other.id);

    // Back in the first parent's record the child is gone from the list; the other lists them.
    REQUIRE(parent.window->openClient(QString::fromStdString(parentId)) == parent.page);
    std::vector<ClientSummary> remaining(children.begin(), children.end() - 1);
    CHECK(rowsOf(panel->table()) == rowsOf(remaining));
    CHECK(panel->table()->isVisible() == !remaining.empty());
    ClientRecordPage* otherPage = parent.window->openClient(QString::fromStdString(other.id));
    REQUIRE(otherPage != nullptr);
    showTab(otherPage, ClientRecordPage::FamilyTab);
    CHECK(rowsOf(childrenPanel(otherPage)->table()) == rowsOf(std::vector<ClientSummary> {moved}));
}

TEST_CASE("a client without children says where a child is linked", "[ui][record][family]")
{
    CaseworkFixture fixture;
    REQUIRE(fixture.unlockAs(CaseworkFixture::Caseworker));
    ClientService clients = fixture.service();
    const OpenRecord open = openRecord(fixture, [&](const domain::ClientRecord& record) {
        return record.person.kind != domain::ClientKind::Child && clients.children(record.id).empty();
    });
    showTab(open.page, ClientRecordPage::FamilyTab);
    ChildrenPanel* panel = childrenPanel(open.page);
    CHECK(panel->isVisible());
    CHECK_FALSE(panel->table()->isVisible());
    CHECK(panel->findChild<QAbstractButton*>(QStringLiteral("openChildButton"))->isHidden());
    const QList<QLabel*> labels = panel->findChildren<QLabel*>();
    CHECK(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
        return label->isVisible() && label->text().startsWith(QStringLiteral("No client you can see"));
    }));
}
