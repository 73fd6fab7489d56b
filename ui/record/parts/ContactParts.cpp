#include "ui/common/DateText.h"
#include "ui/record/RecordTab.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/ConsentDialog.h"
#include "ui/record/dialogs/ContactDialog.h"
#include "ui/record/dialogs/DisclosureDialog.h"
#include "ui/record/dialogs/SeriousThreatDialog.h"
#include "ui/record/parts/PartBinding.h"
#include "ui/record/parts/RecordParts.h"

namespace majakka::ui {

namespace {
using T = RecordText;

QString line(const std::string& text)
{
    return T::text(text).simplified();
}

ListSpec contactsSpec(RecordEditor& editor)
{
    ListSpec spec;
    spec.key = QStringLiteral("contact");
    spec.heading = [] {
        return RecordParts::tr("&Contacts");
    };
    spec.whenEmpty = [] {
        return RecordParts::tr("No contact is recorded.");
    };
    spec.columns = [] {
        return QStringList {RecordParts::tr("Date"),
                            RecordParts::tr("Kind"),
                            RecordParts::tr("Municipality"),
                            RecordParts::tr("Worker"),
                            RecordParts::tr("Interpreter"),
                            RecordParts::tr("Note")};
    };
    spec.texts = [] {
        return PartTexts {RecordParts::tr("&Add contact…"),
                          RecordParts::tr("&Edit contact…"),
                          RecordParts::tr("Re&move contact")};
    };
    binding::bindList<ContactDialog>(spec,
                                     editor,
                                     &domain::ClientRecord::contacts,
                                     binding::indexedPath("contacts"),
                                     [](const auto& contact) {
                                         return QStringList {DateText::format(contact.date),
                                                             VocabularyText::text(contact.kind),
                                                             T::text(contact.municipality),
                                                             T::text(contact.worker),
                                                             T::yesNo(contact.interpreter),
                                                             line(contact.note)};
                                     });
    return spec;
}

ListSpec consentsSpec(RecordEditor& editor)
{
    ListSpec spec;
    spec.key = QStringLiteral("consent");
    spec.heading = [] {
        return RecordParts::tr("C&onsents");
    };
    spec.intro = [] {
        return RecordParts::tr(
            "Nothing is given against the client's will. The latest record on or before a day decides "
            "whether consent is in force.");
    };
    spec.whenEmpty = [] {
        return RecordParts::tr("No consent is recorded.");
    };
    spec.columns = [] {
        return QStringList {
            RecordParts::tr("Date"), RecordParts::tr("Consent"), RecordParts::tr("What it covers")};
    };
    spec.texts = [] {
        return PartTexts {RecordParts::tr("&Add consent…"),
                          RecordParts::tr("Edit consent…"),
                          RecordParts::tr("Remove consent")};
    };
    binding::bindList<ConsentDialog>(spec,
                                     editor,
                                     &domain::ClientRecord::consents,
                                     binding::indexedPath("consents"),
                                     [](const auto& consent) {
                                         return QStringList {DateText::format(consent.date),
                                                             VocabularyText::text(consent.status),
                                                             line(consent.scope)};
                                     });
    return spec;
}

ListSpec disclosuresSpec(RecordEditor& editor)
{
    ListSpec spec;
    spec.key = QStringLiteral("disclosure");
    spec.heading = [] {
        return RecordParts::tr("&Disclosures");
    };
    spec.intro = [] {
        return RecordParts::tr(
            "Nothing about a client is told to anyone without a basis. Each disclosure is recorded here.");
    };
    spec.whenEmpty = [] {
        return RecordParts::tr("No disclosure is recorded.");
    };
    spec.columns = [] {
        return QStringList {RecordParts::tr("Date"),
                            RecordParts::tr("To whom"),
                            RecordParts::tr("What"),
                            RecordParts::tr("Basis")};
    };
    spec.texts = [] {
        return PartTexts {RecordParts::tr("Add d&isclosure…"),
                          RecordParts::tr("Edit disclosure…"),
                          RecordParts::tr("Remove disclosure")};
    };
    binding::bindList<DisclosureDialog>(spec,
                                        editor,
                                        &domain::ClientRecord::disclosures,
                                        binding::indexedPath("disclosures"),
                                        [](const auto& disclosure) {
                                            return QStringList {DateText::format(disclosure.date),
                                                                T::text(disclosure.toWhom),
                                                                line(disclosure.what),
                                                                VocabularyText::text(disclosure.basis)};
                                        });
    return spec;
}

ListSpec threatsSpec(RecordEditor& editor)
{
    ListSpec spec;
    spec.key = QStringLiteral("threat");
    spec.heading = [] {
        return RecordParts::tr("Serious &threats");
    };
    spec.intro = [] {
        return RecordParts::tr(
            "A serious threat to the life, health or freedom of the client, a worker or another victim "
            "must be notified to the police.");
    };
    spec.whenEmpty = [] {
        return RecordParts::tr("No serious threat is recorded.");
    };
    spec.columns = [] {
        return QStringList {
            RecordParts::tr("Date"), RecordParts::tr("Police notified"), RecordParts::tr("Description")};
    };
    spec.texts = [] {
        return PartTexts {RecordParts::tr("Add serious t&hreat…"),
                          RecordParts::tr("Edit serious threat…"),
                          RecordParts::tr("Remove serious threat")};
    };
    binding::bindList<SeriousThreatDialog>(
        spec,
        editor,
        &domain::ClientRecord::seriousThreats,
        binding::indexedPath("serious_threats"),
        [](const auto& threat) {
            return QStringList {DateText::format(threat.date),
                                threat.policeNotified ? DateText::format(threat.policeNotified)
                                                      : RecordParts::tr("Not notified yet"),
                                line(threat.description)};
        });
    return spec;
}

} // namespace

RecordTab* RecordParts::contacts(RecordEditor& editor, QWidget* parent)
{
    auto* tab = new RecordTab(QStringLiteral("contactsTab"), parent);
    tab->addPanel(new ListPanel(editor, contactsSpec(editor)), true);
    return tab;
}

RecordTab* RecordParts::consents(RecordEditor& editor, QWidget* parent)
{
    auto* tab = new RecordTab(QStringLiteral("consentsTab"), parent);
    tab->addPanel(new ListPanel(editor, consentsSpec(editor)), true);
    tab->addPanel(new ListPanel(editor, disclosuresSpec(editor)));
    tab->addPanel(new ListPanel(editor, threatsSpec(editor)));
    return tab;
}

} // namespace majakka::ui
