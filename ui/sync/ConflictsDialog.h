#pragma once

#include <QDialog>

class QDialogButtonBox;

namespace majakka::ui {

class ConflictsPage;

// Sync → Conflicts: the conflicts page in a window of its own.
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictsDialog(QWidget* parent = nullptr);

    ConflictsPage* page() const { return m_page; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ConflictsPage* m_page;
    QDialogButtonBox* m_buttons;
};

} // namespace majakka::ui
