#include "ui/record/RecordSections.h"

#include "domain/ClientRules.h"
#include "ui/common/DateText.h"
#include "ui/common/VocabularyText.h"
#include "ui/record/SectionView.h"

#include <QStringList>

namespace majakka::ui {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QString joined(const std::vector<std::string>& values)
{
    QStringList out;
    for (const auto& value : values) {
        out.append(text(value));
    }
    return out.join(QStringLiteral(", "));
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

QString RecordSections::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString RecordSections::fullName(const domain::Person& person)
{
    const QString name = (text(person.givenNames) + QLatin1Char(' ') + text(person.familyName)).trimmed();
    return name.isEmpty() ? tr("(no name recorded)") : name;
}

void RecordSections::overview(SectionView& view, const domain::ClientRecord& record, domain::Date today)
{
    const domain::Person& person = record.person;
    view.clear();
    view.addHeading(tr("Person"));
    QString age;
    if (const auto born = person.birthDate.earliest(); born && person.birthDate.isKnown()) {
        age = tr("%1 (age %2)")
                  .arg(DateText::format(person.birthDate))
                  .arg(domain::yearsBetween(*born, today));
    }
    view.addForm({
        {tr("Name:"), fullName(person)},
        {tr("Other names:"), joined(person.aliases)},
        {tr("Kind:"), VocabularyText::text(person.kind)},
        {tr("Birth date:"), age},
        {tr("Gender:"), VocabularyText::text(person.gender)},
        {tr("Personal identity code:"), person.personalId ? text(person.personalId->text()) : QString()},
        {tr("Citizenships:"), joined(person.citizenships)},
        {tr("Languages:"), joined(person.languages)},
        {tr("Needs an interpreter:"), yesNo(person.interpreterNeeded)},
    });
    view.addHeading(tr("Contact details and residence"));
    view.addForm({
        {tr("Phone:"), text(person.phone)},
        {tr("Email:"), text(person.email)},
        {tr("Address:"), text(person.address)},
        {tr("Municipality of residence:"), text(person.municipality)},
        {tr("Wellbeing services county:"), text(person.wellbeingCounty)},
        {tr("Residence status:"), VocabularyText::text(person.residenceStatus)},
        {tr("Housing:"), word(person.housing)},
    });
    view.addHeading(tr("Case"));
    view.addForm({
        {tr("Client number:"), record.number ? text(record.number->toString()) : QString()},
        {tr("Office:"), VocabularyText::text(person.office)},
        {tr("Worker:"), text(person.worker)},
        {tr("Referral:"), record.referral ? DateText::format(record.referral->date) : QString()},
        {tr("Admission decision:"),
         record.admission ? tr("%1, %2").arg(VocabularyText::text(record.admission->decision),
                                             DateText::format(record.admission->date))
                          : QString()},
        {tr("Support measures:"), tr("%n recorded", nullptr, static_cast<int>(record.measures.size()))},
        {tr("Contacts:"), tr("%n recorded", nullptr, static_cast<int>(record.contacts.size()))},
        {tr("Assistance ended:"),
         record.end
             ? tr("%1, %2").arg(DateText::format(record.end->date), VocabularyText::text(record.end->reason))
             : QString()},
    });
    view.finish();
}

void RecordSections::referral(SectionView& view, const domain::ClientRecord& record)
{
    view.clear();
    view.addHeading(tr("Referral"));
    if (const auto& referral = record.referral) {
        view.addForm({
            {tr("Date:"), DateText::format(referral->date)},
            {tr("Proposed by:"), VocabularyText::text(referral->source)},
            {tr("Received by:"), VocabularyText::text(referral->channel)},
            {tr("Emergency:"), yesNo(referral->emergency)},
            {tr("Referring organisation:"), text(referral->referrerOrganisation)},
            {tr("Contact at the organisation:"), text(referral->referrerContact)},
        });
    } else {
        view.addText(tr("No referral is recorded."));
    }
    view.addHeading(tr("Admission decision"));
    if (const auto& admission = record.admission) {
        view.addForm({
            {tr("Date:"), DateText::format(admission->date)},
            {tr("Decision:"), VocabularyText::text(admission->decision)},
            {tr("Grounds:"), text(admission->grounds)},
            {tr("Decided by:"), text(admission->decider)},
        });
        if (const auto& appeal = admission->appeal) {
            view.addHeading(tr("Appeal"));
            view.addForm({
                {tr("Appealed on:"), DateText::format(appeal->date)},
                {tr("Court:"), text(appeal->court)},
                {tr("Outcome:"), VocabularyText::text(appeal->outcome)},
                {tr("Decided on:"), DateText::format(appeal->decided)},
            });
        }
    } else {
        view.addText(tr("No admission decision has been made yet."));
    }
    view.addHeading(tr("End of assistance"));
    if (const auto& end = record.end) {
        view.addForm({
            {tr("Date:"), DateText::format(end->date)},
            {tr("Reason:"), VocabularyText::text(end->reason)},
            {tr("Note:"), text(end->note)},
        });
    } else {
        view.addText(tr("The assistance goes on."));
    }
    std::vector<QStringList> reopenings;
    for (const auto& reopening : record.reopenings) {
        reopenings.push_back({DateText::format(reopening.date),
                              DateText::format(reopening.endedOn),
                              VocabularyText::text(reopening.endReason),
                              text(reopening.grounds)});
    }
    if (!reopenings.empty()) {
        view.addHeading(tr("Reopenings"));
        view.addTable(tr("Reopenings"),
                      {tr("Reopened"), tr("Had ended"), tr("Reason it ended"), tr("Grounds")},
                      reopenings,
                      {});
    }
    view.finish();
}

void RecordSections::exploitation(SectionView& view, const domain::ClientRecord& record)
{
    view.clear();
    view.addHeading(tr("Exploitation"));
    const auto& exploitation = record.exploitation;
    if (!exploitation) {
        view.addText(tr("Nothing is recorded about the exploitation."));
        view.finish();
        return;
    }
    view.addForm({
        {tr("Forms:"), words(exploitation->forms)},
        {tr("Industry:"), word(exploitation->industry)},
        {tr("Where:"),
         exploitation->inFinland ? tr("In Finland") : tr("Abroad (%1)").arg(text(exploitation->country))},
        {tr("From:"), DateText::format(exploitation->periodStart)},
        {tr("To:"), DateText::format(exploitation->periodEnd)},
        {tr("Means of control:"), words(exploitation->meansOfControl)},
        {tr("Relation to the exploiter:"), word(exploitation->relation)},
    });
    view.finish();
}

void RecordSections::needsAssessment(SectionView& view, const domain::ClientRecord& record)
{
    view.clear();
    view.addHeading(tr("Needs assessment"));
    if (const auto& needs = record.needsAssessment) {
        view.addForm({
            {tr("Date:"), DateText::format(needs->date)},
            {tr("Needs:"), words(needs->needs)},
            {tr("Plan:"), text(needs->plan)},
            {tr("Client agreed on:"), DateText::format(needs->consentDate)},
            {tr("Reassessment due:"), DateText::format(needs->reassessmentDate)},
        });
    } else {
        view.addText(tr("The needs have not been assessed yet."));
    }
    view.finish();
}

void RecordSections::reflectionAndResidence(SectionView& view,
                                            const domain::ClientRecord& record,
                                            domain::Date today)
{
    view.clear();
    view.addHeading(tr("Reflection periods"));
    std::vector<QStringList> periods;
    for (const auto& period : record.reflectionPeriods) {
        const auto days = period.lengthInDays();
        periods.push_back({DateText::format(period.start),
                           DateText::format(period.end),
                           days ? tr("%n day(s)", nullptr, *days) : QString(),
                           VocabularyText::text(period.grantedBy),
                           DateText::format(period.permitApplied),
                           period.isOpenOn(today) ? tr("Open") : tr("Closed")});
    }
    view.addTable(
        tr("Reflection periods"),
        {tr("Start"), tr("End"), tr("Length"), tr("Granted by"), tr("Permit applied for"), tr("Now")},
        periods,
        tr("No reflection period is recorded."));
    view.addHeading(tr("Residence matters"));
    std::vector<QStringList> matters;
    for (const auto& matter : record.residenceMatters) {
        matters.push_back({VocabularyText::text(matter.kind),
                           DateText::format(matter.date),
                           VocabularyText::text(matter.outcome),
                           DateText::format(matter.decisionExpected),
                           DateText::format(matter.decided),
                           text(matter.note)});
    }
    view.addTable(
        tr("Residence matters"),
        {tr("Matter"), tr("Date"), tr("Outcome"), tr("Decision expected"), tr("Decided"), tr("Note")},
        matters,
        tr("No residence matter is recorded."));
    view.finish();
}

void RecordSections::criminalProcess(SectionView& view, const domain::ClientRecord& record)
{
    view.clear();
    view.addHeading(tr("Criminal process and legal aid"));
    view.addText(tr("Assistance does not depend on the criminal process; reporting an offence is the "
                    "client's choice."));
    std::vector<QStringList> steps;
    for (const auto& step : record.legalSteps) {
        steps.push_back({VocabularyText::text(step.kind),
                         DateText::format(step.date),
                         DateText::format(step.courtDate),
                         text(step.note)});
    }
    view.addTable(tr("Legal steps"),
                  {tr("Step"), tr("Date"), tr("Court date"), tr("Note")},
                  steps,
                  tr("No legal step is recorded."));
    view.addHeading(tr("Serious threats"));
    std::vector<QStringList> threats;
    for (const auto& threat : record.seriousThreats) {
        threats.push_back(
            {DateText::format(threat.date),
             threat.policeNotified ? DateText::format(threat.policeNotified) : tr("Not notified yet"),
             text(threat.description)});
    }
    view.addTable(tr("Serious threats"),
                  {tr("Date"), tr("Police notified"), tr("Description")},
                  threats,
                  tr("No serious threat is recorded."));
    view.finish();
}

void RecordSections::family(SectionView& view, const domain::ClientRecord& record, domain::Date today)
{
    view.clear();
    view.addHeading(tr("Children and family"));
    const domain::Person& person = record.person;
    if (person.kind == domain::ClientKind::Child) {
        const auto adult = domain::turns18On(person);
        view.addForm({
            {tr("Parent (client id):"), text(person.parent)},
            {tr("Turns 18 on:"),
             adult ? tr("%1 (%2)").arg(DateText::format(*adult),
                                       DateText::relative(domain::daysBetween(today, *adult)))
                   : QString()},
        });
        view.addText(tr("A child who turns 18 needs an admission decision of their own."));
    } else {
        view.addText(
            tr("This client is not recorded as a child. Children of a client are clients in their own "
               "right; find them in the client list."));
    }
    view.finish();
}

void RecordSections::contacts(SectionView& view, const domain::ClientRecord& record)
{
    view.clear();
    view.addHeading(tr("Contacts"));
    std::vector<QStringList> rows;
    for (const auto& contact : record.contacts) {
        rows.push_back({DateText::format(contact.date),
                        VocabularyText::text(contact.kind),
                        text(contact.municipality),
                        text(contact.worker),
                        yesNo(contact.interpreter),
                        text(contact.note)});
    }
    view.addTable(tr("Contacts"),
                  {tr("Date"), tr("Kind"), tr("Municipality"), tr("Worker"), tr("Interpreter"), tr("Note")},
                  rows,
                  tr("No contact is recorded."));
    view.finish();
}

void RecordSections::consents(SectionView& view, const domain::ClientRecord& record)
{
    view.clear();
    view.addHeading(tr("Consents"));
    std::vector<QStringList> consents;
    for (const auto& consent : record.consents) {
        consents.push_back(
            {DateText::format(consent.date), VocabularyText::text(consent.status), text(consent.scope)});
    }
    view.addTable(tr("Consents"),
                  {tr("Date"), tr("Consent"), tr("What it covers")},
                  consents,
                  tr("No consent is recorded."));
    view.addHeading(tr("Disclosures"));
    view.addText(
        tr("Nothing about a client is told to anyone without a basis. Each disclosure is recorded here."));
    std::vector<QStringList> disclosures;
    for (const auto& disclosure : record.disclosures) {
        disclosures.push_back({DateText::format(disclosure.date),
                               text(disclosure.toWhom),
                               text(disclosure.what),
                               VocabularyText::text(disclosure.basis)});
    }
    view.addTable(tr("Disclosures"),
                  {tr("Date"), tr("To whom"), tr("What"), tr("Basis")},
                  disclosures,
                  tr("No disclosure is recorded."));
    view.finish();
}

} // namespace majakka::ui
