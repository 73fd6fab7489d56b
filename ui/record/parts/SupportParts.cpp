#include "ui/record/parts/SupportParts.h"

#include "ui/common/DateText.h"
#include "ui/record/RecordTab.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/LegalStepDialog.h"
#include "ui/record/dialogs/MeasureDialog.h"
#include "ui/record/dialogs/NeedsAssessmentDialog.h"
#include "ui/record/dialogs/ReflectionPeriodDialog.h"
#include "ui/record/dialogs/ResidenceMatterDialog.h"
#include "ui/record/parts/PartBinding.h"

namespace majakka::ui {

namespace {
using T = RecordText;
using S = SupportParts;

// A note kept on one line of a table.
QString line(const std::string& text)
{
    return T::text(text).simplified();
}

DetailsSpec needsSpec(RecordEditor& editor)
{
    DetailsSpec spec;
    spec.key = QStringLiteral("needs");
    spec.heading = [] {
        return S::tr("Needs assessment");
    };
    spec.whenAbsent = [] {
        return S::tr("The needs have not been assessed yet.");
    };
    spec.texts = [] {
        return PartTexts {S::tr("Record the &needs assessment…"),
                          S::tr("Edit the &needs assessment…"),
                          S::tr("Remove the needs assessment")};
    };
    spec.rows = [](const domain::ClientRecord& record) {
        const domain::NeedsAssessment& needs = *record.needsAssessment;
        return FactRows {
            {S::tr("Date:"), DateText::format(needs.date)},
            {S::tr("Needs:"), T::words(needs.needs)},
            {S::tr("Plan:"), T::text(needs.plan)},
            {S::tr("Client agreed on:"), DateText::format(needs.consentDate)},
            {S::tr("Reassessment due:"), DateText::format(needs.reassessmentDate)},
        };
    };
    binding::bindOptional<NeedsAssessmentDialog>(
        spec, editor, &domain::ClientRecord::needsAssessment, "needs_assessment");
    return spec;
}

ListSpec measuresSpec(RecordEditor& editor)
{
    ListSpec spec;
    spec.key = QStringLiteral("measure");
    spec.heading = [] {
        return S::tr("&Support measures");
    };
    spec.whenEmpty = [] {
        return S::tr("No support measure is recorded.");
    };
    spec.columns = [] {
        return QStringList {S::tr("Type"),
                            S::tr("Provider"),
                            S::tr("Status"),
                            S::tr("Start"),
                            S::tr("End"),
                            S::tr("Urgent"),
                            S::tr("Note")};
    };
    spec.texts = [] {
        return PartTexts {S::tr("&Add support measure…"),
                          S::tr("Ed&it support measure…"),
                          S::tr("Re&move support measure")};
    };
    binding::bindList<MeasureDialog>(spec,
                                     editor,
                                     &domain::ClientRecord::measures,
                                     binding::indexedPath("measures"),
                                     [](const auto& measure) {
                                         return QStringList {VocabularyText::text(measure.type),
                                                             VocabularyText::text(measure.provider),
                                                             VocabularyText::text(measure.status),
                                                             DateText::format(measure.start),
                                                             DateText::format(measure.end),
                                                             measure.urgent ? S::tr("Urgent") : QString(),
                                                             line(measure.note)};
                                     });
    return spec;
}

ListSpec reflectionSpec(RecordEditor& editor)
{
    ListSpec spec;
    spec.key = QStringLiteral("reflection");
    spec.heading = [] {
        return S::tr("&Reflection periods");
    };
    spec.intro = [] {
        return S::tr("For a victim staying without a permit: time to recover and decide whether to cooperate "
                     "with the police. Removal from the country is barred meanwhile.");
    };
    spec.whenEmpty = [] {
        return S::tr("No reflection period is recorded.");
    };
    spec.columns = [] {
        return QStringList {S::tr("Start"),
                            S::tr("End"),
                            S::tr("Length"),
                            S::tr("Granted by"),
                            S::tr("Permit applied for"),
                            S::tr("Now")};
    };
    spec.texts = [] {
        return PartTexts {S::tr("Add reflection &period…"),
                          S::tr("Edit reflection period…"),
                          S::tr("Remove reflection period")};
    };
    // The last period is "reflection_period", the earlier ones "previous_reflection_periods[i]".
    const auto path = [](std::size_t index, std::size_t count) {
        return index + 1 == count ? std::string("reflection_period")
                                  : domain::text::indexed("previous_reflection_periods", index);
    };
    binding::bindList<ReflectionPeriodDialog>(
        spec, editor, &domain::ClientRecord::reflectionPeriods, path, [](const auto& period) {
            const auto days = period.lengthInDays();
            return QStringList {DateText::format(period.start),
                                DateText::format(period.end),
                                days ? S::tr("%n day(s)", nullptr, *days) : QString(),
                                VocabularyText::text(period.grantedBy),
                                DateText::format(period.permitApplied),
                                period.isOpenOn(T::today()) ? S::tr("Open") : S::tr("Closed")};
        });
    return spec;
}

ListSpec residenceSpec(RecordEditor& editor)
{
    ListSpec spec;
    spec.key = QStringLiteral("residence");
    spec.heading = [] {
        return S::tr("Residence ma&tters");
    };
    spec.whenEmpty = [] {
        return S::tr("No residence matter is recorded.");
    };
    spec.columns = [] {
        return QStringList {S::tr("Matter"),
                            S::tr("Date"),
                            S::tr("Outcome"),
                            S::tr("Decision expected"),
                            S::tr("Decided"),
                            S::tr("Note")};
    };
    spec.texts = [] {
        return PartTexts {S::tr("Add residence &matter…"),
                          S::tr("Edit residence matter…"),
                          S::tr("Remove residence matter")};
    };
    binding::bindList<ResidenceMatterDialog>(spec,
                                             editor,
                                             &domain::ClientRecord::residenceMatters,
                                             binding::indexedPath("residence_matters"),
                                             [](const auto& matter) {
                                                 return QStringList {
                                                     VocabularyText::text(matter.kind),
                                                     DateText::format(matter.date),
                                                     VocabularyText::text(matter.outcome),
                                                     DateText::format(matter.decisionExpected),
                                                     DateText::format(matter.decided),
                                                     line(matter.note)};
                                             });
    return spec;
}

ListSpec legalStepsSpec(RecordEditor& editor)
{
    ListSpec spec;
    spec.key = QStringLiteral("legalStep");
    spec.heading = [] {
        return S::tr("&Legal steps");
    };
    spec.intro = [] {
        return S::tr(
            "Assistance does not depend on the criminal process; reporting an offence is the client's "
            "choice.");
    };
    spec.whenEmpty = [] {
        return S::tr("No legal step is recorded.");
    };
    spec.columns = [] {
        return QStringList {S::tr("Step"), S::tr("Date"), S::tr("Court date"), S::tr("Note")};
    };
    spec.texts = [] {
        return PartTexts {S::tr("&Add legal step…"), S::tr("&Edit legal step…"), S::tr("Re&move legal step")};
    };
    binding::bindList<LegalStepDialog>(spec,
                                       editor,
                                       &domain::ClientRecord::legalSteps,
                                       binding::indexedPath("legal_steps"),
                                       [](const auto& step) {
                                           return QStringList {VocabularyText::text(step.kind),
                                                               DateText::format(step.date),
                                                               DateText::format(step.courtDate),
                                                               line(step.note)};
                                       });
    return spec;
}

} // namespace

RecordTab* SupportParts::needs(RecordEditor& editor, QWidget* parent)
{
    auto* tab = new RecordTab(QStringLiteral("needsTab"), parent);
    tab->addPanel(new DetailsPanel(editor, needsSpec(editor)));
    tab->addPanel(new ListPanel(editor, measuresSpec(editor)), true);
    return tab;
}

RecordTab* SupportParts::reflection(RecordEditor& editor, QWidget* parent)
{
    auto* tab = new RecordTab(QStringLiteral("reflectionTab"), parent);
    tab->addPanel(new ListPanel(editor, reflectionSpec(editor)), true);
    tab->addPanel(new ListPanel(editor, residenceSpec(editor)));
    return tab;
}

RecordTab* SupportParts::criminalProcess(RecordEditor& editor, QWidget* parent)
{
    auto* tab = new RecordTab(QStringLiteral("criminalProcessTab"), parent);
    tab->addPanel(new ListPanel(editor, legalStepsSpec(editor)), true);
    return tab;
}

} // namespace majakka::ui
