#include "domain/DateOrder.h"

#include "Error.h"

namespace majakka::domain {

void checkOnOrAfter(Date later, const std::string& laterField, Date earlier, const std::string& earlierName)
{
    if (later < earlier) {
        throw Error(ErrorCode::Invalid,
                    "\"" + laterField + "\" (" + later.toString() + ") is before " + earlierName + " ("
                        + earlier.toString() + ").",
                    laterField);
    }
}

void checkNotFuture(Date date, const std::string& field, Date today)
{
    if (date > today) {
        throw Error(ErrorCode::Invalid,
                    "\"" + field + "\" (" + date.toString() + ") is in the future; today is "
                        + today.toString() + ".",
                    field);
    }
}

} // namespace majakka::domain
