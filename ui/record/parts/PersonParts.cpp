#include "domain/ClientRules.h"
#include "ui/common/DateText.h"
#include "ui/record/ChildrenPanel.h"
#include "ui/record/RecordTab.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/AssignmentDialog.h"
#include "ui/record/dialogs/ContactDetailsDialog.h"
#include "ui/record/dialogs/FamilyDialog.h"
#include "ui/record/dialogs/PersonDialog.h"
#include "ui/record/parts/PartBinding.h"
#include "ui/record/parts/RecordParts.h"

namespace majakka::ui {

namespace {
using T = RecordText;

DetailsSpec personSpec(RecordEditor& editor)
{
    DetailsSpec spec;
    spec.key = QStringLiteral("person");
    spec.heading = [] {
        return RecordParts::tr("Person");
    };
    spec.texts = [] {
        return PartTexts {{}, RecordParts::tr("&Edit the person's details…"), {}};
    };
    spec.rows = [](const domain::ClientRecord& record) {
        const domain::Person& person = record.person;
        QString born;
        if (const auto earliest = person.birthDate.earliest(); earliest && person.birthDate.isKnown()) {
            born = RecordParts::tr("%1 (age %2)")
                       .arg(DateText::format(person.birthDate))
                       .arg(domain::yearsBetween(*earliest, T::today()));
        }
        return FactRows {
            {RecordParts::tr("Name:"), T::fullName(person)},
            {RecordParts::tr("Other names:"), T::joined(person.aliases)},
            {RecordParts::tr("Kind:"), VocabularyText::text(person.kind)},
            {RecordParts::tr("Birth date:"), born},
            {RecordParts::tr("Gender:"), VocabularyText::text(person.gender)},
            {RecordParts::tr("Personal identity code:"),
             person.personalId ? T::text(person.personalId->text()) : QString()},
            {RecordParts::tr("Citizenships:"), T::joined(person.citizenships)},
            {RecordParts::tr("Languages:"), T::joined(person.languages)},
            {RecordParts::tr("Needs an interpreter:"), T::yesNo(person.interpreterNeeded)},
        };
    };
    binding::bindPerson<PersonDialog>(spec, editor);
    return spec;
}

DetailsSpec contactDetailsSpec(RecordEditor& editor)
{
    DetailsSpec spec;
    spec.key = QStringLiteral("contactDetails");
    spec.heading = [] {
        return RecordParts::tr("Contact details and residence");
    };
    spec.texts = [] {
        return PartTexts {{}, RecordParts::tr("Edit contact &details…"), {}};
    };
    spec.rows = [](const domain::ClientRecord& record) {
        const domain::Person& person = record.person;
        return FactRows {
            {RecordParts::tr("Phone:"), T::text(person.phone)},
            {RecordParts::tr("E-mail:"), T::text(person.email)},
            {RecordParts::tr("Address:"), T::text(person.address)},
            {RecordParts::tr("Municipality of residence:"), T::text(person.municipality)},
            {RecordParts::tr("Wellbeing services county:"), T::text(person.wellbeingCounty)},
            {RecordParts::tr("Residence status:"), VocabularyText::text(person.residenceStatus)},
            {RecordParts::tr("Housing:"), T::word(person.housing)},
        };
    };
    binding::bindPerson<ContactDetailsDialog>(spec, editor);
    return spec;
}

DetailsSpec assignmentSpec(RecordEditor& editor)
{
    DetailsSpec spec;
    spec.key = QStringLiteral("assignment");
    spec.heading = [] {
        return RecordParts::tr("Case");
    };
    spec.texts = [] {
        return PartTexts {{}, RecordParts::tr("Change office or &worker…"), {}};
    };
    spec.rows = [](const domain::ClientRecord& record) {
        const auto count = [](std::size_t n) {
            return RecordParts::tr("%n recorded", nullptr, static_cast<int>(n));
        };
        return FactRows {
            {RecordParts::tr("Client number:"),
             record.number ? T::text(record.number->toString()) : QString()},
            {RecordParts::tr("Office:"), VocabularyText::text(record.person.office)},
            {RecordParts::tr("Worker:"), T::text(record.person.worker)},
            {RecordParts::tr("Referral:"),
             record.referral ? DateText::format(record.referral->date) : QString()},
            {RecordParts::tr("Admission decision:"),
             record.admission ? RecordParts::tr("%1, %2").arg(
                 VocabularyText::text(record.admission->decision), DateText::format(record.admission->date))
                              : QString()},
            {RecordParts::tr("Support measures:"), count(record.measures.size())},
            {RecordParts::tr("Contacts:"), count(record.contacts.size())},
            {RecordParts::tr("Assistance ended:"),
             record.end ? RecordParts::tr("%1, %2").arg(DateText::format(record.end->date),
                                                        VocabularyText::text(record.end->reason))
                        : QString()},
        };
    };
    spec.open = [&editor](QWidget* parent) {
        auto* dialog
            = new AssignmentDialog(editor.record(), editor.mayAssignWorker(), editor.mayMoveOffice(), parent);
        const QString undo = EntryActions::undoText(RecordParts::tr("Change office or &worker…"));
        dialog->setSave([&editor, dialog, undo] {
            domain::ClientRecord edited = editor.record();
            edited.person = dialog->value();
            return editor.change(std::move(edited), undo);
        });
        RecordPanel::showDialog(dialog);
    };
    return spec;
}

DetailsSpec familySpec(RecordEditor& editor, const RecordParts::OpenClient& openClient)
{
    DetailsSpec spec;
    spec.key = QStringLiteral("family");
    spec.heading = [] {
        return RecordParts::tr("Children and family");
    };
    spec.intro = [] {
        return RecordParts::tr(
            "The underage children of a victim are clients in their own right, each linked to "
            "the parent's record, and listed below it. A child who turns 18 needs an admission "
            "decision of their own.");
    };
    spec.texts = [] {
        return PartTexts {{}, RecordParts::tr("Edit the &family link…"), {}};
    };
    spec.rows = [&editor](const domain::ClientRecord& record) {
        const domain::Person& person = record.person;
        FactRows rows {{RecordParts::tr("Kind of client:"), VocabularyText::text(person.kind)}};
        if (person.kind == domain::ClientKind::Child) {
            const auto adult = domain::turns18On(person);
            const auto parent = editor.parentSummary();
            rows.push_back({RecordParts::tr("Parent:"),
                            parent ? FamilyDialog::clientText(*parent)
                                   : RecordParts::tr("client id %1").arg(T::text(person.parent))});
            rows.push_back(
                {RecordParts::tr("Turns 18 on:"),
                 adult ? RecordParts::tr("%1 (%2)").arg(
                     DateText::format(*adult), DateText::relative(domain::daysBetween(T::today(), *adult)))
                       : QString()});
        }
        return rows;
    };
    spec.open = [&editor](QWidget* parent) {
        auto* dialog = new FamilyDialog(
            editor.record(),
            editor.parentSummary(),
            [&editor](const QString& search) { return editor.findClients(search, 40); },
            parent);
        const QString undo = EntryActions::undoText(RecordParts::tr("Edit the &family link…"));
        dialog->setSave([&editor, dialog, undo] {
            domain::ClientRecord edited = editor.record();
            edited.person = dialog->value();
            return editor.change(std::move(edited), undo);
        });
        RecordPanel::showDialog(dialog);
    };
    spec.extra.objectName = QStringLiteral("openParentButton");
    spec.extra.text = [] {
        return RecordParts::tr("&Open the parent's record");
    };
    spec.extra.enabled = [](const RecordEditor& open) {
        return open.record().person.kind == domain::ClientKind::Child && !open.record().person.parent.empty();
    };
    spec.extra.run = [&editor, openClient](QWidget*) {
        openClient(T::text(editor.record().person.parent));
    };
    return spec;
}

} // namespace

RecordTab* RecordParts::overview(RecordEditor& editor, QWidget* parent)
{
    auto* tab = new RecordTab(QStringLiteral("overviewTab"), parent);
    tab->addPanel(new DetailsPanel(editor, personSpec(editor)), true);
    tab->addPanel(new DetailsPanel(editor, contactDetailsSpec(editor)));
    tab->addPanel(new DetailsPanel(editor, assignmentSpec(editor)));
    return tab;
}

RecordTab* RecordParts::family(RecordEditor& editor, OpenClient openClient, QWidget* parent)
{
    auto* tab = new RecordTab(QStringLiteral("familyTab"), parent);
    tab->addPanel(new DetailsPanel(editor, familySpec(editor, openClient)), true);
    tab->addPanel(new ChildrenPanel(editor, openClient));
    return tab;
}

} // namespace majakka::ui
