#include "ui/common/DateText.h"
#include "ui/record/RecordTab.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/AdmissionDialog.h"
#include "ui/record/dialogs/AppealDialog.h"
#include "ui/record/dialogs/EndDialog.h"
#include "ui/record/dialogs/ExploitationDialog.h"
#include "ui/record/dialogs/ReferralDialog.h"
#include "ui/record/dialogs/ReopenDialog.h"
#include "ui/record/parts/PartBinding.h"
#include "ui/record/parts/RecordParts.h"

namespace majakka::ui {

namespace {
using T = RecordText;

DetailsSpec referralSpec(RecordEditor& editor)
{
    DetailsSpec spec;
    spec.key = QStringLiteral("referral");
    spec.heading = [] {
        return RecordParts::tr("Referral");
    };
    spec.whenAbsent = [] {
        return RecordParts::tr("No referral is recorded.");
    };
    spec.texts = [] {
        return PartTexts {RecordParts::tr("&Record the referral…"),
                          RecordParts::tr("Edit the re&ferral…"),
                          RecordParts::tr("Remove the referral")};
    };
    spec.rows = [](const domain::ClientRecord& record) {
        const domain::Referral& referral = *record.referral;
        return FactRows {
            {RecordParts::tr("Date:"), DateText::format(referral.date)},
            {RecordParts::tr("Proposed by:"), VocabularyText::text(referral.source)},
            {RecordParts::tr("Received by:"), VocabularyText::text(referral.channel)},
            {RecordParts::tr("Emergency:"), T::yesNo(referral.emergency)},
            {RecordParts::tr("Referring organisation:"), T::text(referral.referrerOrganisation)},
            {RecordParts::tr("Contact at the organisation:"), T::text(referral.referrerContact)},
        };
    };
    binding::bindOptional<ReferralDialog>(spec, editor, &domain::ClientRecord::referral, "referral");
    return spec;
}

DetailsSpec admissionSpec(RecordEditor& editor)
{
    DetailsSpec spec;
    spec.key = QStringLiteral("admission");
    spec.heading = [] {
        return RecordParts::tr("Admission decision");
    };
    spec.whenAbsent = [] {
        return RecordParts::tr("No admission decision has been made yet.");
    };
    spec.texts = [] {
        return PartTexts {RecordParts::tr("Record the admission &decision…"),
                          RecordParts::tr("Edit the admission &decision…"),
                          RecordParts::tr("Remove the admission decision")};
    };
    spec.rows = [](const domain::ClientRecord& record) {
        const domain::AdmissionDecision& admission = *record.admission;
        return FactRows {
            {RecordParts::tr("Date:"), DateText::format(admission.date)},
            {RecordParts::tr("Decision:"), VocabularyText::text(admission.decision)},
            {RecordParts::tr("Grounds:"), T::text(admission.grounds)},
            {RecordParts::tr("Decided by:"), T::text(admission.decider)},
        };
    };
    binding::bindOptional<AdmissionDialog>(spec, editor, &domain::ClientRecord::admission, "admission");
    return spec;
}

// The appeal lives inside the admission decision.
DetailsSpec appealSpec(RecordEditor& editor)
{
    DetailsSpec spec;
    spec.key = QStringLiteral("appeal");
    spec.heading = [] {
        return RecordParts::tr("Appeal");
    };
    spec.whenAbsent = [] {
        return RecordParts::tr("The decision has not been appealed.");
    };
    spec.texts = [] {
        return PartTexts {RecordParts::tr("Record an &appeal…"),
                          RecordParts::tr("Edit the &appeal…"),
                          RecordParts::tr("Remove the appeal")};
    };
    spec.present = [](const domain::ClientRecord& record) {
        return record.admission && record.admission->appeal;
    };
    spec.mayAdd = [](const domain::ClientRecord& record) {
        return record.admission.has_value();
    };
    spec.rows = [](const domain::ClientRecord& record) {
        const domain::Appeal& appeal = *record.admission->appeal;
        return FactRows {
            {RecordParts::tr("Appealed on:"), DateText::format(appeal.date)},
            {RecordParts::tr("Court:"), T::text(appeal.court)},
            {RecordParts::tr("Outcome:"), VocabularyText::text(appeal.outcome)},
            {RecordParts::tr("Decided on:"), DateText::format(appeal.decided)},
        };
    };
    spec.open = [&editor, texts = spec.texts](QWidget* parent) {
        const auto& current = editor.record().admission->appeal;
        binding::openDialog<AppealDialog>(
            editor,
            current,
            "admission.appeal",
            EntryActions::undoText(current ? texts().edit : texts().add),
            [](domain::ClientRecord& record, domain::Appeal appeal) {
                record.admission->appeal = std::move(appeal);
            },
            parent);
    };
    spec.without = [](domain::ClientRecord record) {
        record.admission->appeal.reset();
        return record;
    };
    return spec;
}

DetailsSpec endSpec(RecordEditor& editor)
{
    DetailsSpec spec;
    spec.key = QStringLiteral("end");
    spec.heading = [] {
        return RecordParts::tr("End of assistance");
    };
    spec.whenAbsent = [] {
        return RecordParts::tr("The assistance goes on.");
    };
    // An ended case is read-only: it is not edited but reopened.
    spec.texts = [] {
        return PartTexts {RecordParts::tr("E&nd the assistance…"), {}, {}};
    };
    spec.present = [](const domain::ClientRecord& record) {
        return record.end.has_value();
    };
    spec.mayAdd = [](const domain::ClientRecord& record) {
        return record.isAdmitted();
    };
    spec.rows = [](const domain::ClientRecord& record) {
        return FactRows {
            {RecordParts::tr("Date:"), DateText::format(record.end->date)},
            {RecordParts::tr("Reason:"), VocabularyText::text(record.end->reason)},
            {RecordParts::tr("Note:"), T::text(record.end->note)},
        };
    };
    binding::bindOptional<EndDialog>(spec, editor, &domain::ClientRecord::end, "end");
    spec.without = nullptr;
    spec.extra.objectName = QStringLiteral("reopenButton");
    spec.extra.text = [] {
        return RecordParts::tr("Re&open the case…");
    };
    spec.extra.enabled = [](const RecordEditor& open) {
        return open.mayChange() && open.record().isEnded();
    };
    spec.extra.run = [&editor](QWidget* parent) {
        const std::size_t index = editor.record().reopenings.size();
        binding::openDialog<ReopenDialog>(
            editor,
            std::optional<domain::Reopening>(),
            domain::text::indexed("reopenings", index),
            EntryActions::undoText(RecordParts::tr("Re&open the case…")),
            [](domain::ClientRecord& record, domain::Reopening reopening) {
                record.end.reset();
                record.reopenings.push_back(std::move(reopening));
            },
            parent);
    };
    return spec;
}

ListSpec reopeningsSpec()
{
    ListSpec spec;
    spec.key = QStringLiteral("reopening");
    spec.heading = [] {
        return RecordParts::tr("Reopenings");
    };
    spec.whenEmpty = [] {
        return RecordParts::tr("The case has not been reopened.");
    };
    spec.columns = [] {
        return QStringList {RecordParts::tr("Reopened"),
                            RecordParts::tr("Had ended"),
                            RecordParts::tr("Reason it ended"),
                            RecordParts::tr("Grounds")};
    };
    spec.rows = [](const domain::ClientRecord& record) {
        std::vector<QStringList> rows;
        for (const auto& reopening : record.reopenings) {
            rows.push_back({DateText::format(reopening.date),
                            DateText::format(reopening.endedOn),
                            VocabularyText::text(reopening.endReason),
                            T::text(reopening.grounds).simplified()});
        }
        return rows;
    };
    return spec;
}

DetailsSpec exploitationSpec(RecordEditor& editor)
{
    DetailsSpec spec;
    spec.key = QStringLiteral("exploitation");
    spec.heading = [] {
        return RecordParts::tr("Exploitation");
    };
    spec.whenAbsent = [] {
        return RecordParts::tr("Nothing is recorded about the exploitation.");
    };
    spec.texts = [] {
        return PartTexts {RecordParts::tr("&Record the exploitation…"),
                          RecordParts::tr("&Edit the exploitation…"),
                          RecordParts::tr("Re&move the exploitation")};
    };
    spec.rows = [](const domain::ClientRecord& record) {
        const domain::Exploitation& exploitation = *record.exploitation;
        return FactRows {
            {RecordParts::tr("Forms:"), T::words(exploitation.forms)},
            {RecordParts::tr("Industry:"), T::word(exploitation.industry)},
            {RecordParts::tr("Where:"),
             exploitation.inFinland ? RecordParts::tr("In Finland")
                                    : RecordParts::tr("Abroad (%1)").arg(T::text(exploitation.country))},
            {RecordParts::tr("From:"), DateText::format(exploitation.periodStart)},
            {RecordParts::tr("To:"), DateText::format(exploitation.periodEnd)},
            {RecordParts::tr("Means of control:"), T::words(exploitation.meansOfControl)},
            {RecordParts::tr("Relation to the exploiter:"), T::word(exploitation.relation)},
        };
    };
    binding::bindOptional<ExploitationDialog>(
        spec, editor, &domain::ClientRecord::exploitation, "exploitation");
    return spec;
}

} // namespace

RecordTab* RecordParts::referral(RecordEditor& editor, QWidget* parent)
{
    auto* tab = new RecordTab(QStringLiteral("referralTab"), parent);
    tab->addPanel(new DetailsPanel(editor, referralSpec(editor)), true);
    tab->addPanel(new DetailsPanel(editor, admissionSpec(editor)));
    tab->addPanel(new DetailsPanel(editor, appealSpec(editor)));
    tab->addPanel(new DetailsPanel(editor, endSpec(editor)));
    tab->addPanel(new ListPanel(editor, reopeningsSpec()));
    return tab;
}

RecordTab* RecordParts::exploitation(RecordEditor& editor, QWidget* parent)
{
    auto* tab = new RecordTab(QStringLiteral("exploitationTab"), parent);
    tab->addPanel(new DetailsPanel(editor, exploitationSpec(editor)), true);
    return tab;
}

} // namespace majakka::ui
