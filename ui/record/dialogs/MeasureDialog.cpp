#include "ui/record/dialogs/MeasureDialog.h"

#include "ui/common/DateEdit.h"
#include "ui/record/RecordText.h"
#include "ui/record/dialogs/Choices.h"
#include "ui/record/dialogs/FieldText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace majakka::ui {

MeasureDialog::MeasureDialog(const std::optional<domain::SupportMeasure>& measure,
                             const domain::ClientRecord&,
                             QWidget* parent)
    : RecordDialog(QStringLiteral("measureDialog"), !measure, parent)
    , m_original(measure.value_or(domain::SupportMeasure {}))
    , m_type(addChoice("type"))
    , m_provider(addChoice("provider"))
    , m_status(addChoice("status"))
    , m_start(addDate("start"))
    , m_end(addDate("end"))
    , m_urgent(addCheck("urgent"))
    , m_note(addLine("note", 2000))
{
    choices::fill<domain::SupportMeasureType>(m_type);
    choices::fill<domain::MeasureProvider>(m_provider);
    choices::fill<domain::MeasureStatus>(m_status);
    choices::choose(m_type, m_original.type);
    choices::choose(m_provider, m_original.provider);
    choices::choose(m_status, m_original.status);
    m_start->setDate(measure ? std::optional(m_original.start) : std::nullopt);
    m_end->setDate(m_original.end);
    m_urgent->setChecked(m_original.urgent);
    m_note->setText(RecordText::text(m_original.note));
    finishSetup();
}

domain::SupportMeasure MeasureDialog::value() const
{
    domain::SupportMeasure measure = m_original;
    measure.type = choices::chosen<domain::SupportMeasureType>(m_type);
    measure.provider = choices::chosen<domain::MeasureProvider>(m_provider);
    measure.status = choices::chosen<domain::MeasureStatus>(m_status);
    measure.start = m_start->date().value_or(m_original.start);
    measure.end = m_end->date();
    measure.urgent = m_urgent->isChecked();
    measure.note = FieldText::plain(m_note);
    return measure;
}

void MeasureDialog::checkInput()
{
    checkDate("start", true);
    checkDate("end", false);
    checkNotBefore("end", "start", tr("The end cannot be before the start."));
    if (!m_end->date() && choices::chosen<domain::MeasureStatus>(m_status) == domain::MeasureStatus::Ended) {
        problem("end", tr("An ended measure needs its end date."));
    }
}

void MeasureDialog::retranslateUi()
{
    setWindowTitle(isAdding() ? tr("Add support measure") : tr("Edit support measure"));
    setLabel("type", tr("&Type:"), tr("Type of measure"));
    setLabel("provider", tr("&Provider:"), tr("Provider"));
    setLabel("status", tr("&Status:"), tr("Status"));
    setLabel("start", tr("St&art:"), tr("Start date"), tr("For a declined measure, when it was offered."));
    setLabel("end",
             tr("&End:"),
             tr("End date"),
             tr("Needed once the measure has ended; a planned end otherwise."));
    setLabel("urgent",
             tr("&Urgent: started on an emergency referral before the admission decision"),
             tr("Urgent"));
    setLabel("note", tr("&Note:"), tr("Note"));
    choices::retranslate<domain::SupportMeasureType>(m_type);
    choices::retranslate<domain::MeasureProvider>(m_provider);
    choices::retranslate<domain::MeasureStatus>(m_status);
}

} // namespace majakka::ui
