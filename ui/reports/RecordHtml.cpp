#include "ui/reports/RecordHtml.h"

#include "ui/common/DateText.h"
#include "ui/common/VocabularyText.h"
#include "ui/reports/HtmlWriter.h"

#include <QStringList>

namespace majakka::reports {

namespace {

using ui::DateText;
using ui::VocabularyText;

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

template<typename E> QString words(const std::vector<E>& values)
{
    QStringList out;
    for (const E value : values) {
        out.append(VocabularyText::text(value));
    }
    return out.join(QStringLiteral(", "));
}

template<typename E> QString word(const std::optional<E>& value)
{
    return value ? VocabularyText::text(*value) : QString();
}

} // namespace

QString RecordHtml::joined(const std::vector<std::string>& values)
{
    QStringList out;
    for (const auto& value : values) {
        out.append(text(value));
    }
    return out.join(QStringLiteral(", "));
}

QString RecordHtml::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString RecordHtml::fullName(const domain::Person& person)
{
    const QString name = (text(person.givenNames) + QLatin1Char(' ') + text(person.familyName)).trimmed();
    return name.isEmpty() ? tr("(no name recorded)") : name;
}

void RecordHtml::person(HtmlWriter& out, const domain::ClientRecord& record, bool withIdentityCode)
{
    const domain::Person& person = record.person;
    out.heading(tr("Person"));
    out.form(
        {
            {tr("Name:"), fullName(person)},
            {tr("Other names:"), joined(person.aliases)},
            {tr("Kind:"), VocabularyText::text(person.kind)},
            {tr("Birth date:"), DateText::format(person.birthDate)},
            {tr("Gender:"), VocabularyText::text(person.gender)},
            {tr("Personal identity code:"),
             withIdentityCode && person.personalId ? text(person.personalId->text()) : QString()},
            {tr("Citizenships:"), joined(person.citizenships)},
            {tr("Languages:"), joined(person.languages)},
            {tr("Needs an interpreter:"), yesNo(person.interpreterNeeded)},
            {tr("Residence status:"), VocabularyText::text(person.residenceStatus)},
            {tr("Housing:"), word(person.housing)},
            {tr("Client number:"), record.number ? text(record.number->toString()) : QString()},
            {tr("Office:"), VocabularyText::text(person.office)},
            {tr("Worker:"), text(person.worker)},
            {tr("Parent (client id):"), text(person.parent)},
            {tr("Client id:"), text(record.id)},
        },
        QString());
}

void RecordHtml::contactDetails(HtmlWriter& out, const domain::Person& person)
{
    out.heading(tr("Contact details and residence"));
    out.form(
        {
            {tr("Phone:"), text(person.phone)},
            {tr("Email:"), text(person.email)},
            {tr("Address:"), text(person.address)},
            {tr("Municipality of residence:"), text(person.municipality)},
            {tr("Wellbeing services county:"), text(person.wellbeingCounty)},
        },
        tr("No contact details are recorded."));
}

void RecordHtml::referral(HtmlWriter& out, const domain::ClientRecord& record)
{
    out.heading(tr("Referral"));
    if (const auto& referral = record.referral) {
        out.form(
            {
                {tr("Date:"), DateText::format(referral->date)},
                {tr("Proposed by:"), VocabularyText::text(referral->source)},
                {tr("Received by:"), VocabularyText::text(referral->channel)},
                {tr("Emergency:"), yesNo(referral->emergency)},
                {tr("Referring organisation:"), text(referral->referrerOrganisation)},
                {tr("Contact at the organisation:"), text(referral->referrerContact)},
            },
            QString());
    } else {
        out.note(tr("No referral is recorded."));
    }
}

void RecordHtml::admission(HtmlWriter& out, const domain::ClientRecord& record)
{
    out.heading(tr("Admission decision"));
    const auto& admission = record.admission;
    if (!admission) {
        out.note(tr("No admission decision has been made yet."));
        return;
    }
    out.form(
        {
            {tr("Date:"), DateText::format(admission->date)},
            {tr("Decision:"), VocabularyText::text(admission->decision)},
            {tr("Grounds:"), text(admission->grounds)},
            {tr("Decided by:"), text(admission->decider)},
        },
        QString());
    if (const auto& appeal = admission->appeal) {
        out.subheading(tr("Appeal"));
        out.form(
            {
                {tr("Appealed on:"), DateText::format(appeal->date)},
                {tr("Court:"), text(appeal->court)},
                {tr("Outcome:"), VocabularyText::text(appeal->outcome)},
                {tr("Decided on:"), DateText::format(appeal->decided)},
            },
            QString());
    }
}

void RecordHtml::exploitation(HtmlWriter& out, const domain::ClientRecord& record)
{
    out.heading(tr("Exploitation"));
    const auto& exploitation = record.exploitation;
    if (!exploitation) {
        out.note(tr("Nothing is recorded about the exploitation."));
        return;
    }
    out.form(
        {
            {tr("Forms:"), words(exploitation->forms)},
            {tr("Industry:"), word(exploitation->industry)},
            {tr("Where:"),
             exploitation->inFinland ? tr("In Finland") : tr("Abroad (%1)").arg(text(exploitation->country))},
            {tr("From:"), DateText::format(exploitation->periodStart)},
            {tr("To:"), DateText::format(exploitation->periodEnd)},
            {tr("Means of control:"), words(exploitation->meansOfControl)},
            {tr("Relation to the exploiter:"), word(exploitation->relation)},
        },
        QString());
}

void RecordHtml::needsAssessment(HtmlWriter& out, const domain::ClientRecord& record, bool withPlan)
{
    out.heading(tr("Needs assessment"));
    const auto& needs = record.needsAssessment;
    if (!needs) {
        out.note(tr("The needs have not been assessed yet."));
        return;
    }
    out.form(
        {
            {tr("Date:"), DateText::format(needs->date)},
            {tr("Needs:"), words(needs->needs)},
            {tr("Plan:"), withPlan ? text(needs->plan) : QString()},
            {tr("Client agreed on:"), DateText::format(needs->consentDate)},
            {tr("Reassessment due:"), DateText::format(needs->reassessmentDate)},
        },
        QString());
}

void RecordHtml::end(HtmlWriter& out, const domain::ClientRecord& record)
{
    out.heading(tr("End of assistance"));
    if (const auto& end = record.end) {
        out.form(
            {
                {tr("Date:"), DateText::format(end->date)},
                {tr("Reason:"), VocabularyText::text(end->reason)},
                {tr("Note:"), text(end->note)},
            },
            QString());
    } else {
        out.note(tr("The assistance goes on."));
    }
    if (record.reopenings.empty()) {
        return;
    }
    QList<QStringList> rows;
    for (const auto& reopening : record.reopenings) {
        rows.append({DateText::format(reopening.date),
                     DateText::format(reopening.endedOn),
                     VocabularyText::text(reopening.endReason),
                     text(reopening.grounds)});
    }
    out.subheading(tr("Reopenings"));
    out.table({tr("Reopened"), tr("Had ended"), tr("Reason it ended"), tr("Grounds")}, rows);
}

void RecordHtml::everything(HtmlWriter& out, const domain::ClientRecord& record, domain::Date today)
{
    person(out, record, true);
    contactDetails(out, record.person);
    referral(out, record);
    admission(out, record);
    exploitation(out, record);
    needsAssessment(out, record, true);
    measures(out, record, true);
    reflectionPeriods(out, record, today);
    residenceMatters(out, record, true);
    legalSteps(out, record, true);
    seriousThreats(out, record, true);
    contacts(out, record, true);
    consents(out, record);
    disclosures(out, record);
    end(out, record);
}

} // namespace majakka::reports
