#pragma once

#include "casework/DemoVocabulary.h"
#include "domain/ClientRecord.h"

namespace majakka::demo {

// The path of a synthetic case after its referral: the admission decision and
// what follows it (needs assessment, measures, reflection period, legal steps,
// contacts, end of assistance), with dates in order and never after today.
class CasePath
{
public:
    CasePath(Random& random, domain::Date today);

    // The admission decision and what follows it.
    void admit(domain::ClientRecord& record);
    void addMeasure(domain::ClientRecord& record,
                    domain::SupportMeasureType type,
                    domain::Date from,
                    domain::Date horizon);

private:
    void reflection(domain::ClientRecord& record, domain::Date decided, domain::Date horizon);
    void legal(domain::ClientRecord& record, domain::Date decided, domain::Date horizon);
    void contacts(domain::ClientRecord& record, domain::Date decided, domain::Date horizon);

    Random& m_random;
    domain::Date m_today;
};

} // namespace majakka::demo
