#include "record/RecordScreenshots.h"

#include "casework/ClientService.h"
#include "support/UiDriver.h"
#include "ui/main/MainWindow.h"
#include "ui/record/ClientRecordPage.h"
#include "ui/record/DetailsPanel.h"
#include "ui/record/ListPanel.h"
#include "ui/record/dialogs/RecordDialog.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QTabWidget>
#include <QTableWidget>

namespace majakka::ui::test {

namespace {

// How many parts of the record hold something: the fullest record shows the most.
int filledParts(const domain::ClientRecord& record)
{
    return int(record.referral.has_value()) + int(record.admission.has_value())
        + int(record.exploitation.has_value()) + int(record.needsAssessment.has_value())
        + int(!record.measures.empty()) + int(!record.reflectionPeriods.empty())
        + int(!record.residenceMatters.empty()) + int(!record.legalSteps.empty())
        + int(!record.contacts.empty()) + int(!record.consents.empty()) + int(!record.disclosures.empty())
        + int(!record.seriousThreats.empty());
}

std::string chooseClient(ClientService& clients, bool ended, bool (*wanted)(const domain::ClientRecord&))
{
    ClientFilter filter;
    filter.ended = ended;
    std::string best;
    int most = -1;
    for (const ClientSummary& summary : clients.list(filter)) {
        const domain::ClientRecord record = clients.show(summary.id);
        if (wanted(record) && filledParts(record) > most) {
            most = filledParts(record);
            best = summary.id;
        }
    }
    return best;
}

// Opens the dialog of the part `key` (the first entry of a list), shoots it
// and closes it; `prepare` may type into it first.
bool shootDialog(ClientRecordPage& page,
                 const QString& key,
                 const Shoot& shoot,
                 const QString& name = {},
                 const std::function<void(RecordDialog&)>& prepare = {})
{
    RecordPanel* panel = page.panel(key);
    if (!panel) {
        return false;
    }
    auto* list = qobject_cast<ListPanel*>(panel);
    if (list && list->table()->rowCount() > 0) {
        list->table()->selectRow(0);
    }
    const EntryActions actions = panel->actions();
    if (actions.edit) {
        panel->edit();
    } else if (actions.add) {
        panel->add();
    }
    QPointer<RecordDialog> dialog;
    if (!waitUntil([&] {
            dialog = page.findChild<RecordDialog*>();
            return dialog && dialog->isVisible();
        })) {
        return false;
    }
    if (prepare) {
        prepare(*dialog);
    }
    dialog->adjustSize();
    const bool ok = shoot(dialog, QStringLiteral("dialog-") + (name.isEmpty() ? key : name));
    dialog->reject();
    return waitUntil([&] { return dialog.isNull(); }) && ok;
}

bool shootRecordMenu(MainWindow& window, const Shoot& shoot)
{
    for (QAction* action : window.menuBar()->actions()) {
        if (QMenu* menu = action->menu(); menu && menu->actions().contains(window.addEntryAction())) {
            menu->popup(window.mapToGlobal(QPoint(200, 30)));
            const bool ok
                = waitUntil([&] { return menu->isVisible(); }) && shoot(menu, QStringLiteral("record-menu"));
            menu->hide();
            return ok;
        }
    }
    return false;
}

} // namespace

bool shootRecords(MainWindow& window, ClientService& clients, const Shoot& shoot)
{
    const std::string id = chooseClient(
        clients, false, [](const domain::ClientRecord& record) { return record.isAdmitted(); });
    ClientRecordPage* page = id.empty() ? nullptr : window.openClient(QString::fromStdString(id));
    if (!page) {
        return false;
    }
    static const char* const tabs[] = {"overview",
                                       "referral",
                                       "exploitation",
                                       "measures",
                                       "reflection",
                                       "criminal-process",
                                       "family",
                                       "contacts",
                                       "consents",
                                       "history"};
    bool ok = true;
    for (int tab = 0; tab < ClientRecordPage::TabCount; ++tab) {
        page->tabs()->setCurrentIndex(tab);
        ok = shoot(&window, QStringLiteral("client-record-%1").arg(QLatin1StringView(tabs[tab]))) && ok;
    }
    page->tabs()->setCurrentIndex(ClientRecordPage::ContactsTab);
    qobject_cast<ListPanel*>(page->panel(QStringLiteral("contact")))->table()->selectRow(0);
    ok = shootRecordMenu(window, shoot) && ok;
    for (const char* key : {"person",
                            "contactDetails",
                            "assignment",
                            "referral",
                            "admission",
                            "appeal",
                            "end",
                            "exploitation",
                            "needs",
                            "measure",
                            "reflection",
                            "residence",
                            "legalStep",
                            "contact",
                            "consent",
                            "disclosure",
                            "threat"}) {
        ok = shootDialog(*page, QString::fromLatin1(key), shoot) && ok;
    }
    // A check character typed wrong, as the dialog says it.
    ok = shootDialog(*page,
                     QStringLiteral("person"),
                     shoot,
                     QStringLiteral("person-error"),
                     [](RecordDialog& dialog) {
                         dialog.findChild<QLineEdit*>(QStringLiteral("birth_date"))
                             ->setText(QStringLiteral("1952-10-13"));
                         dialog.findChild<QLineEdit*>(QStringLiteral("personal_id"))
                             ->setText(QStringLiteral("131052-308A"));
                     })
        && ok;
    window.closeRecord(page);

    // A child, for the family link; an ended case, for the reopening.
    const std::string child = chooseClient(clients, false, [](const domain::ClientRecord& record) {
        return record.person.kind == domain::ClientKind::Child;
    });
    if (ClientRecordPage* childPage = window.openClient(QString::fromStdString(child))) {
        childPage->tabs()->setCurrentIndex(ClientRecordPage::FamilyTab);
        ok = shoot(&window, QStringLiteral("client-record-child-family")) && ok;
        ok = shootDialog(*childPage, QStringLiteral("family"), shoot) && ok;
        window.closeRecord(childPage);
    } else {
        ok = false;
    }
    const std::string ended = chooseClient(clients, true, [](const domain::ClientRecord&) { return true; });
    if (ClientRecordPage* endedPage = window.openClient(QString::fromStdString(ended))) {
        endedPage->tabs()->setCurrentIndex(ClientRecordPage::ReferralTab);
        ok = shoot(&window, QStringLiteral("client-record-ended")) && ok;
        auto* reopen = endedPage->findChild<QAbstractButton*>(QStringLiteral("reopenButton"));
        reopen->click();
        QPointer<RecordDialog> dialog;
        ok = waitUntil([&] {
                 dialog = endedPage->findChild<RecordDialog*>();
                 return dialog && dialog->isVisible();
             })
            && ok;
        if (dialog) {
            dialog->adjustSize();
            ok = shoot(dialog, QStringLiteral("dialog-reopen")) && ok;
            dialog->reject();
        }
        window.closeRecord(endedPage);
    } else {
        ok = false;
    }
    return ok;
}

} // namespace majakka::ui::test
