#pragma once

class QMessageBox;
class QWidget;

namespace majakka::ui {

// Help → About: the version, what the program is for, the licence.
QMessageBox* makeAboutBox(QWidget* parent);

} // namespace majakka::ui
