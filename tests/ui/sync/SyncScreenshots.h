#pragma once

#include "record/RecordScreenshots.h"

#include <QString>

namespace majakka::ui::test {

// The sync screens in `language` over an office and a laptop database that
// both changed one client: the export, the import preview, the conflicts, the
// record with its conflicts, the devices and enrolling one.
bool shootSync(const QString& language, const Shoot& shoot);

} // namespace majakka::ui::test
