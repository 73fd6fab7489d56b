#pragma once

#include <QWidget>
#include <string>

class QLabel;
class QPushButton;
class QTreeView;

namespace majakka::ui {

class ConflictModel;
class ErrorLabel;

// Every conflict the user may see, with its values, and the choices: keep the
// value made here, take the one made elsewhere, or, when several devices made
// one, keep the selected value. It only asks; whoever shows it resolves
// through the core and gives it the conflicts again.
class ConflictsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsPage(QWidget* parent = nullptr);

    ConflictModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    // Supervisors see conflicts but may not resolve them.
    void setMayResolve(bool mayResolve);
    // After the model was filled again: selects this conflict, or the first.
    void select(const std::string& conflictId);
    void showError(const QString& message);

    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* takeTheirsButton() const { return m_takeTheirs; }
    QPushButton* keepSelectedButton() const { return m_keepSelected; }
    QPushButton* openRecordButton() const { return m_openRecord; }

Q_SIGNALS:
    // `local`: keep the value made on this device; otherwise the one made elsewhere.
    void takeRequested(const QString& conflictId, bool local);
    void keepValueRequested(const QString& conflictId, const QString& headId);
    void openRecordRequested(const QString& recordId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    QString currentConflictId() const;

    ConflictModel* m_model;
    QLabel* m_intro;
    QLabel* m_empty;
    QTreeView* m_view;
    ErrorLabel* m_error;
    QLabel* m_roleNote;
    QPushButton* m_keepMine;
    QPushButton* m_takeTheirs;
    QPushButton* m_keepSelected;
    QPushButton* m_openRecord;
    bool m_mayResolve = true;
};

} // namespace majakka::ui
