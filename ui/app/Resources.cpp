#include "ui/app/Resources.h"

#include <QtCore/qglobal.h>

// Q_INIT_RESOURCE declares a function of the global namespace, so it cannot be
// used inside ours. A static library needs it: the linker would otherwise drop
// the resource data nobody refers to.
static void initMajakkaResources()
{
    Q_INIT_RESOURCE(majakka);
}

namespace majakka::ui {

void initResources()
{
    static const bool done = [] {
        initMajakkaResources();
        return true;
    }();
    (void)done;
}

} // namespace majakka::ui
