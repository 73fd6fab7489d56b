#include "domain/Consent.h"

#include "domain/TextRules.h"

namespace majakka::domain {

void validate(const Consent& consent, const std::string& path)
{
    text::checkRequiredText(consent.scope, text::path(path, "scope"), text::LongTextLength);
}

} // namespace majakka::domain
