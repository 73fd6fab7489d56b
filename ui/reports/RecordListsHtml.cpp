// The lists of a client record's entries (RecordHtml.h): measures, reflection
// periods, residence matters, legal steps, threats, contacts, consents and
// disclosures, each a table with a row per entry.
#include "ui/common/DateText.h"
#include "ui/common/VocabularyText.h"
#include "ui/reports/HtmlWriter.h"
#include "ui/reports/RecordHtml.h"

#include <QStringList>

namespace majakka::reports {

namespace {

using ui::DateText;
using ui::VocabularyText;

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

// The table, or the sentence that says there is nothing to list.
void listOrNote(HtmlWriter& out,
                const QStringList& header,
                const QList<QStringList>& rows,
                const QString& none)
{
    if (rows.isEmpty()) {
        out.note(none);
    } else {
        out.table(header, rows);
    }
}

// A column of notes only when they are wanted.
QStringList withNote(QStringList row, bool wanted, const std::string& note)
{
    if (wanted) {
        row.append(text(note));
    }
    return row;
}

QStringList header(QStringList columns, bool withNotes, const QString& notes)
{
    if (withNotes) {
        columns.append(notes);
    }
    return columns;
}

} // namespace

void RecordHtml::measures(HtmlWriter& out, const domain::ClientRecord& record, bool withNotes)
{
    out.heading(tr("Support measures"));
    QList<QStringList> rows;
    for (const auto& measure : record.measures) {
        rows.append(withNote({VocabularyText::text(measure.type),
                              VocabularyText::text(measure.provider),
                              VocabularyText::text(measure.status),
                              DateText::format(measure.start),
                              DateText::format(measure.end),
                              measure.urgent ? tr("Urgent") : QString()},
                             withNotes,
                             measure.note));
    }
    listOrNote(out,
               header({tr("Measure"), tr("Provider"), tr("Status"), tr("Start"), tr("End"), tr("Urgency")},
                      withNotes,
                      tr("Note")),
               rows,
               tr("No support measure is recorded."));
}

void RecordHtml::reflectionPeriods(HtmlWriter& out, const domain::ClientRecord& record, domain::Date today)
{
    out.heading(tr("Reflection periods"));
    QList<QStringList> rows;
    for (const auto& period : record.reflectionPeriods) {
        const auto days = period.lengthInDays();
        rows.append({DateText::format(period.start),
                     DateText::format(period.end),
                     days ? tr("%n day(s)", nullptr, *days) : QString(),
                     VocabularyText::text(period.grantedBy),
                     DateText::format(period.permitApplied),
                     period.isOpenOn(today) ? tr("Open") : tr("Closed")});
    }
    listOrNote(out,
               {tr("Start"), tr("End"), tr("Length"), tr("Granted by"), tr("Permit applied for"), tr("Now")},
               rows,
               tr("No reflection period is recorded."));
}

void RecordHtml::residenceMatters(HtmlWriter& out, const domain::ClientRecord& record, bool withNotes)
{
    out.heading(tr("Residence matters"));
    QList<QStringList> rows;
    for (const auto& matter : record.residenceMatters) {
        rows.append(withNote({VocabularyText::text(matter.kind),
                              DateText::format(matter.date),
                              VocabularyText::text(matter.outcome),
                              DateText::format(matter.decisionExpected),
                              DateText::format(matter.decided)},
                             withNotes,
                             matter.note));
    }
    listOrNote(out,
               header({tr("Matter"), tr("Date"), tr("Outcome"), tr("Decision expected"), tr("Decided")},
                      withNotes,
                      tr("Note")),
               rows,
               tr("No residence matter is recorded."));
}

void RecordHtml::legalSteps(HtmlWriter& out, const domain::ClientRecord& record, bool withNotes)
{
    out.heading(tr("Legal steps"));
    QList<QStringList> rows;
    for (const auto& step : record.legalSteps) {
        rows.append(withNote(
            {VocabularyText::text(step.kind), DateText::format(step.date), DateText::format(step.courtDate)},
            withNotes,
            step.note));
    }
    listOrNote(out,
               header({tr("Step"), tr("Date"), tr("Court date")}, withNotes, tr("Note")),
               rows,
               tr("No legal step is recorded."));
}

void RecordHtml::seriousThreats(HtmlWriter& out, const domain::ClientRecord& record, bool withDescriptions)
{
    out.heading(tr("Serious threats"));
    QList<QStringList> rows;
    for (const auto& threat : record.seriousThreats) {
        rows.append(withNote(
            {DateText::format(threat.date),
             threat.policeNotified ? DateText::format(threat.policeNotified) : tr("Not notified yet")},
            withDescriptions,
            threat.description));
    }
    listOrNote(out,
               header({tr("Date"), tr("Police notified")}, withDescriptions, tr("Description")),
               rows,
               tr("No serious threat is recorded."));
}

void RecordHtml::contacts(HtmlWriter& out, const domain::ClientRecord& record, bool withNotes)
{
    out.heading(tr("Contacts"));
    QList<QStringList> rows;
    for (const auto& contact : record.contacts) {
        rows.append(withNote({DateText::format(contact.date),
                              VocabularyText::text(contact.kind),
                              text(contact.municipality),
                              text(contact.worker),
                              yesNo(contact.interpreter)},
                             withNotes,
                             contact.note));
    }
    listOrNote(out,
               header({tr("Date"), tr("Kind"), tr("Municipality"), tr("Worker"), tr("Interpreter")},
                      withNotes,
                      tr("Note")),
               rows,
               tr("No contact is recorded."));
}

void RecordHtml::consents(HtmlWriter& out, const domain::ClientRecord& record)
{
    out.heading(tr("Consents"));
    QList<QStringList> rows;
    for (const auto& consent : record.consents) {
        rows.append(
            {DateText::format(consent.date), VocabularyText::text(consent.status), text(consent.scope)});
    }
    listOrNote(out, {tr("Date"), tr("Consent"), tr("What it covers")}, rows, tr("No consent is recorded."));
}

void RecordHtml::disclosures(HtmlWriter& out, const domain::ClientRecord& record)
{
    out.heading(tr("Disclosures"));
    out.note(
        tr("Nothing about a client is told to anyone without a basis. Each disclosure is recorded here."));
    QList<QStringList> rows;
    for (const auto& disclosure : record.disclosures) {
        rows.append({DateText::format(disclosure.date),
                     text(disclosure.toWhom),
                     text(disclosure.what),
                     VocabularyText::text(disclosure.basis)});
    }
    listOrNote(
        out, {tr("Date"), tr("To whom"), tr("What"), tr("Basis")}, rows, tr("No disclosure is recorded."));
}

} // namespace majakka::reports
