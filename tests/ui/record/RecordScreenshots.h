#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace majakka {
class ClientService;
}

namespace majakka::ui {
class MainWindow;
}

namespace majakka::ui::test {

// Saves a picture of `widget` as `name`; false when it could not.
using Shoot = std::function<bool(QWidget* widget, const QString& name)>;

// Every tab of a well-filled client record, the Record menu, and the dialog
// of every kind of record (a child's family link, an ended case's reopening).
bool shootRecords(MainWindow& window, ClientService& clients, const Shoot& shoot);

} // namespace majakka::ui::test
