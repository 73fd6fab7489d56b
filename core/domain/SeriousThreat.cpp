#include "domain/SeriousThreat.h"

#include "domain/DateOrder.h"
#include "domain/TextRules.h"

namespace majakka::domain {

void validate(const SeriousThreat& threat, const std::string& path)
{
    text::checkRequiredText(threat.description, text::path(path, "description"), text::LongTextLength);
    if (threat.policeNotified) {
        checkOnOrAfter(
            *threat.policeNotified, text::path(path, "police_notified"), threat.date, "the threat");
    }
}

} // namespace majakka::domain
