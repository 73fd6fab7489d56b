#pragma once

#include <QDialog>

class QDialogButtonBox;
class QTabWidget;

namespace majakka::ui {

class ExportPage;
class ImportPage;

// Sync → Send changes / Receive changes: export to a trusted device, or pick a
// package to import (which goes on to the preview).
class SyncDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        ExportTab,
        ImportTab
    };

    explicit SyncDialog(QWidget* parent = nullptr);

    void showTab(Tab tab);
    ExportPage* exportPage() const { return m_export; }
    ImportPage* importPage() const { return m_import; }
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QTabWidget* m_tabs;
    ExportPage* m_export;
    ImportPage* m_import;
    QDialogButtonBox* m_buttons;
};

} // namespace majakka::ui
