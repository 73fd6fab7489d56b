#include "domain/HotlineCall.h"

#include "domain/DateOrder.h"

namespace majakka::domain {

void validate(const HotlineCall& call, Date today)
{
    checkNotFuture(call.date, "date", today);
}

} // namespace majakka::domain
