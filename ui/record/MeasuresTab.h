#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace majakka::ui {

class RecordEditor;
class SectionView;

// Needs and support measures: the needs assessment (read-only for now) and
// the measures, which are added, changed and removed here through
// MeasureDialog, each as one undoable change of the record.
class MeasuresTab : public QWidget
{
    Q_OBJECT

public:
    MeasuresTab(RecordEditor& editor, QWidget* parent = nullptr);

    void refresh();
    void addMeasure();
    void editMeasure();
    void removeMeasure();
    bool hasSelection() const;
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void selectionChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    int selectedRow() const;
    void openDialog(int row);

    RecordEditor& m_editor;
    SectionView* m_needs;
    QLabel* m_heading;
    QTableWidget* m_table;
    QLabel* m_readOnly;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

} // namespace majakka::ui
