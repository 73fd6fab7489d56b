#include "domain/EndOfAssistance.h"

#include "domain/DateOrder.h"
#include "domain/TextRules.h"

namespace majakka::domain {

void validate(const EndOfAssistance& end, const std::string& path)
{
    text::checkLongText(end.note, text::path(path, "note"));
}

void validate(const Reopening& reopening, const std::string& path)
{
    text::checkRequiredText(reopening.grounds, text::path(path, "grounds"), text::LongTextLength);
    checkOnOrAfter(reopening.date, text::path(path, "date"), reopening.endedOn, "the end it cancels");
}

} // namespace majakka::domain
