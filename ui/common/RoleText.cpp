#include "ui/common/RoleText.h"

namespace majakka::ui {

QString RoleText::displayName(domain::Role role)
{
    switch (role) {
    case domain::Role::Administrator:
        return tr("administrator");
    case domain::Role::Supervisor:
        return tr("supervisor");
    case domain::Role::OfficeWorker:
        return tr("office worker");
    case domain::Role::Caseworker:
        return tr("caseworker");
    }
    return QString::fromUtf8(domain::roleName(role));
}

} // namespace majakka::ui
