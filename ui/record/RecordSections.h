#pragma once

#include "domain/ClientRecord.h"
#include "domain/Date.h"

#include <QCoreApplication>

namespace majakka::ui {

class SectionView;

// The read-only tabs of the client record, each filled from the record in
// the current language.
class RecordSections
{
    Q_DECLARE_TR_FUNCTIONS(RecordSections)

public:
    static void overview(SectionView& view, const domain::ClientRecord& record, domain::Date today);
    static void referral(SectionView& view, const domain::ClientRecord& record);
    static void exploitation(SectionView& view, const domain::ClientRecord& record);
    static void needsAssessment(SectionView& view, const domain::ClientRecord& record);
    static void
    reflectionAndResidence(SectionView& view, const domain::ClientRecord& record, domain::Date today);
    static void criminalProcess(SectionView& view, const domain::ClientRecord& record);
    static void family(SectionView& view, const domain::ClientRecord& record, domain::Date today);
    static void contacts(SectionView& view, const domain::ClientRecord& record);
    static void consents(SectionView& view, const domain::ClientRecord& record);

    static QString yesNo(bool value);
    static QString fullName(const domain::Person& person);
};

} // namespace majakka::ui
