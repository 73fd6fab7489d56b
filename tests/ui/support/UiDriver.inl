#pragma once

#include <QWidget>

namespace majakka::ui::test {

template<typename Widget> Widget* child(const QWidget* parent, const char* objectName)
{
    return parent ? parent->findChild<Widget*>(QLatin1StringView(objectName)) : nullptr;
}

} // namespace majakka::ui::test
