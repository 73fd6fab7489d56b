#pragma once

#include "domain/Role.h"

#include <QCoreApplication>
#include <QString>

namespace majakka::ui {

// Role names as people read them; the core's roleName() is the stable
// identifier for files and the CLI, not for display.
class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(RoleText)

public:
    static QString displayName(domain::Role role);
};

} // namespace majakka::ui
