#include "ui/reports/CaseSummary.h"

#include "domain/ClientRules.h"
#include "domain/Deadlines.h"
#include "ui/common/DateText.h"
#include "ui/common/VocabularyText.h"
#include "ui/reports/CaseDocumentPdf.h"
#include "ui/reports/HtmlWriter.h"
#include "ui/reports/RecordHtml.h"

#include <algorithm>

namespace majakka::reports {

namespace {

using ui::DateText;
using ui::VocabularyText;

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

// The record as a meeting needs it: entries without their notes, and only the latest contacts.
domain::ClientRecord forMeeting(domain::ClientRecord record)
{
    std::sort(record.contacts.begin(), record.contacts.end(), [](const auto& a, const auto& b) {
        return a.date > b.date;
    });
    if (record.contacts.size() > CaseSummary::RecentContacts) {
        record.contacts.resize(CaseSummary::RecentContacts);
    }
    std::erase_if(record.measures, [](const domain::SupportMeasure& measure) {
        return measure.status == domain::MeasureStatus::Ended
            || measure.status == domain::MeasureStatus::Declined;
    });
    return record;
}

} // namespace

QString CaseSummary::html(const domain::ClientRecord& stored, domain::Date today)
{
    const domain::ClientRecord record = forMeeting(stored);
    const domain::Person& person = record.person;
    HtmlWriter out;
    out.title(
        tr("Case summary"),
        tr("%1 · client number %2")
            .arg(RecordHtml::fullName(person), record.number ? text(record.number->toString()) : tr("none")));
    out.note(tr("Confidential. Printed on %1 for a meeting of the Assistance System for Victims of Human "
                "Trafficking. Do not leave it lying about; shred it after the meeting.")
                 .arg(DateText::format(today)));

    out.heading(tr("Client"));
    QString age;
    if (const auto born = person.birthDate.earliest(); born && person.birthDate.isKnown()) {
        age = tr("%1 (age %2)")
                  .arg(DateText::format(person.birthDate))
                  .arg(domain::yearsBetween(*born, today));
    }
    out.form(
        {
            {tr("Kind:"), VocabularyText::text(person.kind)},
            {tr("Birth date:"), age},
            {tr("Gender:"), VocabularyText::text(person.gender)},
            {tr("Citizenships:"), RecordHtml::joined(person.citizenships)},
            {tr("Languages:"), RecordHtml::joined(person.languages)},
            {tr("Needs an interpreter:"), RecordHtml::yesNo(person.interpreterNeeded)},
            {tr("Residence status:"), VocabularyText::text(person.residenceStatus)},
            {tr("Housing:"), person.housing ? VocabularyText::text(*person.housing) : QString()},
            {tr("Office:"), VocabularyText::text(person.office)},
            {tr("Worker:"), text(person.worker)},
            {tr("Assistance:"),
             record.end
                 ? tr("ended on %1 (%2)")
                       .arg(DateText::format(record.end->date), VocabularyText::text(record.end->reason))
                 : tr("goes on")},
        },
        QString());

    out.heading(tr("Falls due"));
    QList<QStringList> due;
    for (const domain::Deadline& deadline : domain::deadlinesOf(record, today.addDays(90))) {
        due.append({DateText::format(deadline.due),
                    VocabularyText::text(deadline.kind),
                    DateText::relative(domain::daysBetween(today, deadline.due))});
    }
    if (due.isEmpty()) {
        out.note(tr("Nothing falls due in the next 90 days."));
    } else {
        out.table({tr("Date"), tr("What"), tr("When")}, due);
    }

    RecordHtml::referral(out, record);
    RecordHtml::admission(out, record);
    RecordHtml::reflectionPeriods(out, record, today);
    RecordHtml::needsAssessment(out, record, true);
    RecordHtml::measures(out, record, false);
    out.note(tr("Support measures that ended or were declined are not listed."));
    RecordHtml::residenceMatters(out, record, false);
    RecordHtml::legalSteps(out, record, false);
    RecordHtml::seriousThreats(out, record, false);
    RecordHtml::contacts(out, record, false);
    out.note(tr("The %n latest contact(s) at most.", nullptr, static_cast<int>(RecentContacts)));
    return out.html();
}

QByteArray CaseSummary::pdf(const domain::ClientRecord& record, domain::Date today)
{
    return printToPdf(html(record, today), tr("Case summary"));
}

void CaseSummary::print(const domain::ClientRecord& record, domain::Date today, QPagedPaintDevice& device)
{
    printTo(html(record, today), tr("Majakka · %1").arg(tr("Case summary")), device);
}

} // namespace majakka::reports
