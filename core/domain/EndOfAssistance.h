#pragma once

#include "domain/Date.h"
#include "domain/ProcessVocabulary.h"

#include <string>

namespace majakka::domain {

// Assistance ends by an assessment of the client's own situation; it has no time limit.
struct EndOfAssistance
{
    Date date;
    EndReason reason = EndReason::NoLongerNeedsHelp;
    std::string note;

    bool operator==(const EndOfAssistance&) const = default;
};

// An ended case opened again. The end it cancelled is kept here, since an
// ended case is read-only until reopened and the reopening is recorded.
struct Reopening
{
    Date date;
    std::string grounds;
    Date endedOn;
    EndReason endReason = EndReason::NoLongerNeedsHelp;

    // Names the entry among the client's list across edits and replicas (see
    // ElementId.h); empty until the store assigns one.
    std::string id {};

    bool operator==(const Reopening&) const = default;
};

// `path` is "end".
void validate(const EndOfAssistance& end, const std::string& path);
// `path` is e.g. "reopenings[0]".
void validate(const Reopening& reopening, const std::string& path);

} // namespace majakka::domain
