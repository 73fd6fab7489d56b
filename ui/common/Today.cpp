#include "ui/common/Today.h"

#include <QDate>

namespace majakka::ui {

domain::Date today()
{
    const QDate now = QDate::currentDate();
    return domain::Date::fromYmd(
               now.year(), static_cast<unsigned>(now.month()), static_cast<unsigned>(now.day()))
        .value_or(domain::Date {});
}

} // namespace majakka::ui
