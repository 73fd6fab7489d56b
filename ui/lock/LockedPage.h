#pragma once

#include <QWidget>

class QLabel;

namespace majakka::ui {

// What the main window shows while locked: no records, only that it is locked.
class LockedPage : public QWidget
{
    Q_OBJECT

public:
    explicit LockedPage(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
};

} // namespace majakka::ui
