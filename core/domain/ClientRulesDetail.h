#pragma once

#include "domain/CaseRules.h"
#include "domain/ClientRecord.h"

// The parts of validateClient, one file per theme. Internal to the domain.
namespace majakka::domain::detail {

void checkFutureDates(const ClientRecord& record, Date today);
void checkMeasures(const ClientRecord& record, Date today);
void checkDisclosures(const ClientRecord& record);
void checkReflectionPeriods(const ClientRecord& record, Date today, const CaseRules& rules);

} // namespace majakka::domain::detail
