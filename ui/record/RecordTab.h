#pragma once

#include "ui/record/EntryActions.h"

#include <QScrollArea>
#include <vector>

class QVBoxLayout;

namespace majakka::ui {

class RecordPanel;

// A tab of the client record: its parts one under another, scrolling as one
// page. The part that last had the keyboard focus is the one the generic Add,
// Edit and Remove act on; before any has, the tab's main part.
class RecordTab : public QScrollArea
{
    Q_OBJECT

public:
    explicit RecordTab(const QString& objectName, QWidget* parent = nullptr);

    // The tab takes the panel; `main` makes it the one acted on at first.
    void addPanel(RecordPanel* panel, bool main = false);
    const std::vector<RecordPanel*>& panels() const { return m_panels; }
    RecordPanel* currentPanel() const;
    EntryActions actions() const;
    void refresh();

Q_SIGNALS:
    void actionsChanged();

private:
    void focusChanged(QWidget* now);

    QVBoxLayout* m_layout;
    std::vector<RecordPanel*> m_panels;
    RecordPanel* m_current = nullptr;
};

} // namespace majakka::ui
