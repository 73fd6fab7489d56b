#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "sync/Conflicts.h"
#endif

#include <QCoreApplication>
#include <QString>

namespace majakka::ui {

// A conflict's values and where they come from, in words, for the conflicts
// page and the panel beside a record.
class ConflictText
{
    Q_DECLARE_TR_FUNCTIONS(ConflictText)

public:
    // "Family name", or for a delete against an edit, what happened.
    static QString field(const sync::Conflict& conflict);
    // The record as people know it, or its id when the core has no label.
    static QString record(const sync::Conflict& conflict);
    static QString value(const sync::ConflictHead& head);
    // "This device (Office desktop)", "Kaisa's laptop", "an unknown device".
    static QString device(const sync::ConflictHead& head);
    // When the value was made, in the chosen language and local time.
    static QString when(const sync::ConflictHead& head);

    // Whether "Keep mine" (local) or "Take theirs" (remote) names exactly one
    // value to keep, as Conflicts::resolve(id, Take) requires.
    static bool canTake(const sync::Conflict& conflict, bool local);
};

} // namespace majakka::ui
