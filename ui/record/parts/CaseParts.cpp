#include "ui/record/parts/CaseParts.h"

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

namespace majakka::ui {

namespace {
using T = RecordText;

DetailsSpec referralSpec(RecordEditor& editor)
{
    DetailsSpec spec;
    spec.key = QStringLiteral("referral");
    spec.heading = [] {
        return CaseParts::tr("Referral");
    };
    spec.whenAbsent = [] {
        return CaseParts::tr("No referral is recorded.");
    };
    spec.texts = [] {
        return PartTexts {CaseParts::tr("&Record the referral…"),
                          CaseParts::tr("Edit the re&ferral…"),
                          CaseParts::tr("Remove the referral")};
    };
    spec.rows = [](const domain::ClientRecord& record) {
        const domain::Referral& referral = *record.referral;
        return FactRows {
            {CaseParts::tr("Date:"), DateText::format(referral.date)},
            {CaseParts::tr("Proposed by:"), VocabularyText::text(referral.source)},
            {CaseParts::tr("Received by:"), VocabularyText::text(referral.channel)},
            {CaseParts::tr("Emergency:"), T::yesNo(referral.emergency)},
            {CaseParts::tr("Referring organisation:"), T::text(referral.referrerOrganisation)},
            {CaseParts::tr("Contact at the organisation:"), T::text(referral.referrerContact)},
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
        return CaseParts::tr("Admission decision");
    };
    spec.whenAbsent = [] {
        return CaseParts::tr("No admission decision has been made yet.");
    };
    spec.texts = [] {
        return PartTexts {CaseParts::tr("Record the admission &decision…"),
                          CaseParts::tr("Edit the admission &decision…"),
                          CaseParts::tr("Remove the admission decision")};
    };
    spec.rows = [](const domain::ClientRecord& record) {
        const domain::AdmissionDecision& admission = *record.admission;
        return FactRows {
            {CaseParts::tr("Date:"), DateText::format(admission.date)},
            {CaseParts::tr("Decision:"), VocabularyText::text(admission.decision)},
            {CaseParts::tr("Grounds:"), T::text(admission.grounds)},
            {CaseParts::tr("Decided by:"), T::text(admission.decider)},
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
        return CaseParts::tr("Appeal");
    };
    spec.whenAbsent = [] {
        return CaseParts::tr("The decision has not been appealed.");
    };
    spec.texts = [] {
        return PartTexts {CaseParts::tr("Record an &appeal…"),
                          CaseParts::tr("Edit the &appeal…"),
                          CaseParts::tr("Remove the appeal")};
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
            {CaseParts::tr("Appealed on:"), DateText::format(appeal.date)},
            {CaseParts::tr("Court:"), T::text(appeal.court)},
            {CaseParts::tr("Outcome:"), VocabularyText::text(appeal.outcome)},
            {CaseParts::tr("Decided on:"), DateText::format(appeal.decided)},
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
        return CaseParts::tr("End of assistance");
    };
    spec.whenAbsent = [] {
        return CaseParts::tr("The assistance goes on.");
    };
    // An ended case is read-only: it is not edited but reopened.
    spec.texts = [] {
        return PartTexts {CaseParts::tr("E&nd the assistance…"), {}, {}};
    };
    spec.present = [](const domain::ClientRecord& record) {
        return record.end.has_value();
    };
    spec.mayAdd = [](const domain::ClientRecord& record) {
        return record.isAdmitted();
    };
    spec.rows = [](const domain::ClientRecord& record) {
        return FactRows {
            {CaseParts::tr("Date:"), DateText::format(record.end->date)},
            {CaseParts::tr("Reason:"), VocabularyText::text(record.end->reason)},
            {CaseParts::tr("Note:"), T::text(record.end->note)},
        };
    };
    binding::bindOptional<EndDialog>(spec, editor, &domain::ClientRecord::end, "end");
    spec.without = nullptr;
    spec.extra.objectName = QStringLiteral("reopenButton");
    spec.extra.text = [] {
        return CaseParts::tr("Re&open the case…");
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
            EntryActions::undoText(CaseParts::tr("Re&open the case…")),
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
        return CaseParts::tr("Reopenings");
    };
    spec.whenEmpty = [] {
        return CaseParts::tr("The case has not been reopened.");
    };
    spec.columns = [] {
        return QStringList {CaseParts::tr("Reopened"),
                            CaseParts::tr("Had ended"),
                            CaseParts::tr("Reason it ended"),
                            CaseParts::tr("Grounds")};
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
        return CaseParts::tr("Exploitation");
    };
    spec.whenAbsent = [] {
        return CaseParts::tr("Nothing is recorded about the exploitation.");
    };
    spec.texts = [] {
        return PartTexts {CaseParts::tr("&Record the exploitation…"),
                          CaseParts::tr("&Edit the exploitation…"),
                          CaseParts::tr("Re&move the exploitation")};
    };
    spec.rows = [](const domain::ClientRecord& record) {
        const domain::Exploitation& exploitation = *record.exploitation;
        return FactRows {
            {CaseParts::tr("Forms:"), T::words(exploitation.forms)},
            {CaseParts::tr("Industry:"), T::word(exploitation.industry)},
            {CaseParts::tr("Where:"),
             exploitation.inFinland ? CaseParts::tr("In Finland")
                                    : CaseParts::tr("Abroad (%1)").arg(T::text(exploitation.country))},
            {CaseParts::tr("From:"), DateText::format(exploitation.periodStart)},
            {CaseParts::tr("To:"), DateText::format(exploitation.periodEnd)},
            {CaseParts::tr("Means of control:"), T::words(exploitation.meansOfControl)},
            {CaseParts::tr("Relation to the exploiter:"), T::word(exploitation.relation)},
        };
    };
    binding::bindOptional<ExploitationDialog>(
        spec, editor, &domain::ClientRecord::exploitation, "exploitation");
    return spec;
}

} // namespace

RecordTab* CaseParts::referral(RecordEditor& editor, QWidget* parent)
{
    auto* tab = new RecordTab(QStringLiteral("referralTab"), parent);
    tab->addPanel(new DetailsPanel(editor, referralSpec(editor)), true);
    tab->addPanel(new DetailsPanel(editor, admissionSpec(editor)));
    tab->addPanel(new DetailsPanel(editor, appealSpec(editor)));
    tab->addPanel(new DetailsPanel(editor, endSpec(editor)));
    tab->addPanel(new ListPanel(editor, reopeningsSpec()));
    return tab;
}

RecordTab* CaseParts::exploitation(RecordEditor& editor, QWidget* parent)
{
    auto* tab = new RecordTab(QStringLiteral("exploitationTab"), parent);
    tab->addPanel(new DetailsPanel(editor, exploitationSpec(editor)), true);
    return tab;
}

} // namespace majakka::ui
