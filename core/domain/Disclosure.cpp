#include "domain/Disclosure.h"

#include "domain/TextRules.h"

namespace majakka::domain {

void validate(const Disclosure& disclosure, const std::string& path)
{
    text::checkRequiredText(disclosure.toWhom, text::path(path, "to_whom"));
    text::checkRequiredText(disclosure.what, text::path(path, "what"), text::LongTextLength);
}

} // namespace majakka::domain
