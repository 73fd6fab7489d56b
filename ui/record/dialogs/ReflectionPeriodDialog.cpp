#include "ui/record/dialogs/ReflectionPeriodDialog.h"

#include "ui/common/DateEdit.h"
#include "ui/common/DateText.h"
#include "ui/record/dialogs/Choices.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace majakka::ui {

ReflectionPeriodDialog::ReflectionPeriodDialog(const std::optional<domain::ReflectionPeriod>& period,
                                               const domain::ClientRecord&,
                                               QWidget* parent)
    : RecordDialog(QStringLiteral("reflectionDialog"), !period, parent)
    , m_original(period.value_or(domain::ReflectionPeriod {}))
    , m_start(addDate("start"))
    , m_length(new QSpinBox(this))
    , m_end(nullptr)
    , m_grantedBy(nullptr)
    , m_permit(nullptr)
{
    addField("length", m_length);
    m_end = addDate("end");
    m_grantedBy = addChoice("granted_by");
    m_permit = addDate("permit_applied");
    // 0 days stands for "not set yet": the end is missing only until the grantor sets it.
    m_length->setRange(0, 200);
    choices::fill<domain::ReflectionGrantor>(m_grantedBy);
    m_start->setDate(period ? std::optional(m_original.start) : std::nullopt);
    m_end->setDate(m_original.end);
    m_length->setValue(m_original.lengthInDays().value_or(0));
    choices::choose(m_grantedBy, m_original.grantedBy);
    m_permit->setDate(m_original.permitApplied);
    connect(m_length, &QSpinBox::valueChanged, this, &ReflectionPeriodDialog::lengthChanged);
    connect(m_start, &QLineEdit::textChanged, this, [this] {
        if (m_length->value() > 0) {
            lengthChanged(m_length->value());
        }
    });
    connect(m_end, &QLineEdit::textChanged, this, &ReflectionPeriodDialog::endChanged);
    finishSetup();
}

// The length (kept when the start moves) sets the end…
void ReflectionPeriodDialog::lengthChanged(int days)
{
    const auto start = m_start->date();
    if (m_following || !start) {
        return;
    }
    m_following = true;
    m_end->setDate(days > 0 ? std::optional(start->addDays(days)) : std::nullopt);
    m_following = false;
}

// …and the end sets the length.
void ReflectionPeriodDialog::endChanged()
{
    if (m_following) {
        return;
    }
    const auto start = m_start->date();
    const auto end = m_end->date();
    m_following = true;
    m_length->setValue(start && end && *end > *start ? domain::daysBetween(*start, *end) : 0);
    m_following = false;
    fieldChanged("length");
}

domain::ReflectionPeriod ReflectionPeriodDialog::value() const
{
    domain::ReflectionPeriod period = m_original;
    period.start = m_start->date().value_or(m_original.start);
    period.end = m_end->date();
    period.grantedBy = choices::chosen<domain::ReflectionGrantor>(m_grantedBy);
    period.permitApplied = m_permit->date();
    return period;
}

void ReflectionPeriodDialog::checkInput()
{
    checkDate("start", true);
    checkNotFuture("start");
    checkDate("end", false);
    checkNotBefore("end", "start", tr("The end cannot be before the start."));
    const auto start = m_start->date();
    if (const auto end = m_end->date(); start && end && !hasProblem("end")) {
        const domain::Date shortest = start->addDays(m_rules.reflectionMinimumDays);
        const domain::Date longest = start->addMonths(m_rules.reflectionMaximumMonths);
        if (*end < shortest || *end > longest) {
            problem("end",
                    tr("A reflection period lasts from %n days to %1 months: end it between %2 and %3.",
                       nullptr,
                       m_rules.reflectionMinimumDays)
                        .arg(m_rules.reflectionMaximumMonths)
                        .arg(DateText::format(shortest), DateText::format(longest)));
        }
    }
    checkDate("permit_applied", false);
    checkNotFuture("permit_applied");
    checkNotBefore("permit_applied", "start", tr("The application cannot be before the period started."));
    if (const auto permit = m_permit->date(); permit && m_end->date() && *permit > *m_end->date()) {
        problem("permit_applied", tr("This records an application made during the period, not after it."));
    }
}

void ReflectionPeriodDialog::retranslateUi()
{
    setWindowTitle(isAdding() ? tr("Add reflection period") : tr("Edit reflection period"));
    setLabel("start", tr("&Start:"), tr("Start of the reflection period"));
    setLabel("length",
             tr("&Length:"),
             tr("Length in days"),
             tr("Sets the end from the start; the end sets it in turn."));
    m_length->setSuffix(tr(" days"));
    m_length->setSpecialValueText(tr("not set"));
    setLabel("end",
             tr("&End:"),
             tr("End of the reflection period"),
             tr("May stay empty until whoever granted the period sets it."));
    setLabel("granted_by", tr("&Granted by:"), tr("Granted by"));
    setLabel("permit_applied",
             tr("&Permit applied for on:"),
             tr("Date a residence permit was applied for"),
             tr("An application made during the period keeps the stay lawful while it is processed."));
    choices::retranslate<domain::ReflectionGrantor>(m_grantedBy);
}

} // namespace majakka::ui
