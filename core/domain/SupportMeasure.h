#pragma once

#include "domain/Date.h"
#include "domain/MeasureVocabulary.h"

#include <optional>
#include <string>

namespace majakka::domain {

// One service given (or planned, or declined) to the client.
struct SupportMeasure
{
    SupportMeasureType type = SupportMeasureType::Other;
    MeasureProvider provider = MeasureProvider::AssistanceSystem;
    MeasureStatus status = MeasureStatus::Planned;
    Date start; // for a declined measure: when it was offered and declined
    std::optional<Date> end; // needed once ended; a planned end otherwise
    // Started on an emergency referral before the admission decision; stays on
    // the deadlines list until the decision is made.
    bool urgent = false;
    std::string note;

    // Names the entry among the client's list across edits and replicas (see
    // ElementId.h); empty until the store assigns one.
    std::string id {};

    bool operator==(const SupportMeasure&) const = default;
};

// Safe housing, health care and interpreting may start on an emergency
// referral before the admission decision.
bool isUrgentMeasureType(SupportMeasureType type);

// The measure's own fields: end on or after start, an ended measure has an
// end. `path` is e.g. "measures[2]".
void validate(const SupportMeasure& measure, const std::string& path);

} // namespace majakka::domain
