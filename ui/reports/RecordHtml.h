#pragma once

#include "domain/ClientRecord.h"
#include "domain/Date.h"
#include "ui/reports/DocumentLanguage.h"

#include <QString>
#include <string>
#include <vector>

namespace majakka::reports {

class HtmlWriter;

// The parts of a client record as sections of a case document, in the
// document's language. The access-request document shows every part with
// every value; the case summary picks parts and leaves out what a meeting
// does not need (RecordListsHtml.cpp has the lists of entries).
class RecordHtml
{
    MAJAKKA_DOCUMENT_TR_FUNCTIONS(RecordHtml)

public:
    static void person(HtmlWriter& out, const domain::ClientRecord& record, bool withIdentityCode);
    static void contactDetails(HtmlWriter& out, const domain::Person& person);
    static void referral(HtmlWriter& out, const domain::ClientRecord& record);
    static void admission(HtmlWriter& out, const domain::ClientRecord& record);
    static void exploitation(HtmlWriter& out, const domain::ClientRecord& record);
    static void needsAssessment(HtmlWriter& out, const domain::ClientRecord& record, bool withPlan);
    static void end(HtmlWriter& out, const domain::ClientRecord& record);

    static void measures(HtmlWriter& out, const domain::ClientRecord& record, bool withNotes);
    static void reflectionPeriods(HtmlWriter& out, const domain::ClientRecord& record, domain::Date today);
    static void residenceMatters(HtmlWriter& out, const domain::ClientRecord& record, bool withNotes);
    static void legalSteps(HtmlWriter& out, const domain::ClientRecord& record, bool withNotes);
    static void contacts(HtmlWriter& out, const domain::ClientRecord& record, bool withNotes);
    static void consents(HtmlWriter& out, const domain::ClientRecord& record);
    static void disclosures(HtmlWriter& out, const domain::ClientRecord& record);
    static void seriousThreats(HtmlWriter& out, const domain::ClientRecord& record, bool withDescriptions);

    // Every part with every value, in the order of the record.
    static void everything(HtmlWriter& out, const domain::ClientRecord& record, domain::Date today);

    static QString fullName(const domain::Person& person);
    static QString yesNo(bool value);
    // A list of names (citizenships, languages) on one line.
    static QString joined(const std::vector<std::string>& values);
};

} // namespace majakka::reports
