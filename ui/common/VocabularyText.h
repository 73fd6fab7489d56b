#pragma once

#include <QString>
#include <string_view>

namespace majakka::ui {

// The words people read for the core's vocabularies (measure types, statuses,
// offices, deadline kinds…). The core's names (`safe_housing`) are stable
// identifiers for files and the CLI; these are translated, one Qt Linguist
// context per enumeration, so that "withdrawn" can differ between a consent
// and an appeal where the languages need it.
class VocabularyText
{
public:
    template<typename E> static QString text(E value);
    // For values the core hands over by name, as in ClientSummary.
    template<typename E> static QString textOfName(std::string_view name);
};

} // namespace majakka::ui
