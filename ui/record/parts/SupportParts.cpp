#include "ui/common/DateText.h"
#include "ui/record/RecordTab.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/LegalStepDialog.h"
#include "ui/record/dialogs/MeasureDialog.h"
#include "ui/record/dialogs/NeedsAssessmentDialog.h"
#include "ui/record/dialogs/ReflectionPeriodDialog.h"
#include "ui/record/dialogs/ResidenceMatterDialog.h"
#include "ui/record/parts/PartBinding.h"
#include "ui/record/parts/RecordParts.h"

namespace majakka::ui {

namespace {
using T = RecordText;

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
        return RecordParts::tr("Needs assessment");
    };
    spec.whenAbsent = [] {
        return RecordParts::tr("The needs have not been assessed yet.");
    };
    spec.texts = [] {
        return PartTexts {RecordParts::tr("Record the &needs assessment…"),
                          RecordParts::tr("Edit the &needs assessment…"),
                          RecordParts::tr("Remove the needs assessment")};
    };
    spec.rows = [](const domain::ClientRecord& record) {
        const domain::NeedsAssessment& needs = *record.needsAssessment;
        return FactRows {
            {RecordParts::tr("Date:"), DateText::format(needs.date)},
            {RecordParts::tr("Needs:"), T::words(needs.needs)},
            {RecordParts::tr("Plan:"), T::text(needs.plan)},
            {RecordParts::tr("Client agreed on:"), DateText::format(needs.consentDate)},
            {RecordParts::tr("Reassessment due:"), DateText::format(needs.reassessmentDate)},
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
        return RecordParts::tr("&Support measures");
    };
    spec.whenEmpty = [] {
        return RecordParts::tr("No support measure is recorded.");
    };
    spec.columns = [] {
        return QStringList {RecordParts::tr("Type"),
                            RecordParts::tr("Provider"),
                            RecordParts::tr("Status"),
                            RecordParts::tr("Start"),
                            RecordParts::tr("End"),
                            RecordParts::tr("Urgent"),
                            RecordParts::tr("Note")};
    };
    spec.texts = [] {
        return PartTexts {RecordParts::tr("&Add support measure…"),
                          RecordParts::tr("Ed&it support measure…"),
                          RecordParts::tr("Re&move support measure")};
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
                                                             measure.urgent ? RecordParts::tr("Urgent")
                                                                            : QString(),
                                                             line(measure.note)};
                                     });
    return spec;
}

ListSpec reflectionSpec(RecordEditor& editor)
{
    ListSpec spec;
    spec.key = QStringLiteral("reflection");
    spec.heading = [] {
        return RecordParts::tr("&Reflection periods");
    };
    spec.intro = [] {
        return RecordParts::tr(
            "For a victim staying without a permit: time to recover and decide whether to cooperate "
            "with the police. Removal from the country is barred meanwhile.");
    };
    spec.whenEmpty = [] {
        return RecordParts::tr("No reflection period is recorded.");
    };
    spec.columns = [] {
        return QStringList {RecordParts::tr("Start"),
                            RecordParts::tr("End"),
                            RecordParts::tr("Length"),
                            RecordParts::tr("Granted by"),
                            RecordParts::tr("Permit applied for"),
                            RecordParts::tr("Now")};
    };
    spec.texts = [] {
        return PartTexts {RecordParts::tr("Add reflection &period…"),
                          RecordParts::tr("Edit reflection period…"),
                          RecordParts::tr("Remove reflection period")};
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
                                days ? RecordParts::tr("%n day(s)", nullptr, *days) : QString(),
                                VocabularyText::text(period.grantedBy),
                                DateText::format(period.permitApplied),
                                period.isOpenOn(T::today()) ? RecordParts::tr("Open")
                                                            : RecordParts::tr("Closed")};
        });
    return spec;
}

ListSpec residenceSpec(RecordEditor& editor)
{
    ListSpec spec;
    spec.key = QStringLiteral("residence");
    spec.heading = [] {
        return RecordParts::tr("Residence ma&tters");
    };
    spec.whenEmpty = [] {
        return RecordParts::tr("No residence matter is recorded.");
    };
    spec.columns = [] {
        return QStringList {RecordParts::tr("Matter"),
                            RecordParts::tr("Date"),
                            RecordParts::tr("Outcome"),
                            RecordParts::tr("Decision expected"),
                            RecordParts::tr("Decided"),
                            RecordParts::tr("Note")};
    };
    spec.texts = [] {
        return PartTexts {RecordParts::tr("Add residence &matter…"),
                          RecordParts::tr("Edit residence matter…"),
                          RecordParts::tr("Remove residence matter")};
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
        return RecordParts::tr("&Legal steps");
    };
    spec.intro = [] {
        return RecordParts::tr(
            "Assistance does not depend on the criminal process; reporting an offence is the client's "
            "choice.");
    };
    spec.whenEmpty = [] {
        return RecordParts::tr("No legal step is recorded.");
    };
    spec.columns = [] {
        return QStringList {RecordParts::tr("Step"),
                            RecordParts::tr("Date"),
                            RecordParts::tr("Court date"),
                            RecordParts::tr("Note")};
    };
    spec.texts = [] {
        return PartTexts {RecordParts::tr("&Add legal step…"),
                          RecordParts::tr("&Edit legal step…"),
                          RecordParts::tr("Re&move legal step")};
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

RecordTab* RecordParts::needs(RecordEditor& editor, QWidget* parent)
{
    auto* tab = new RecordTab(QStringLiteral("needsTab"), parent);
    tab->addPanel(new DetailsPanel(editor, needsSpec(editor)));
    tab->addPanel(new ListPanel(editor, measuresSpec(editor)), true);
    return tab;
}

RecordTab* RecordParts::reflection(RecordEditor& editor, QWidget* parent)
{
    auto* tab = new RecordTab(QStringLiteral("reflectionTab"), parent);
    tab->addPanel(new ListPanel(editor, reflectionSpec(editor)), true);
    tab->addPanel(new ListPanel(editor, residenceSpec(editor)));
    return tab;
}

RecordTab* RecordParts::criminalProcess(RecordEditor& editor, QWidget* parent)
{
    auto* tab = new RecordTab(QStringLiteral("criminalProcessTab"), parent);
    tab->addPanel(new ListPanel(editor, legalStepsSpec(editor)), true);
    return tab;
}

} // namespace majakka::ui
