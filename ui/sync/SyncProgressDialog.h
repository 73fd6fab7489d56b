#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace majakka::ui {

// How far a sync export or import has got, with Cancel. Cancel (or Esc) asks
// the work to stop and waits for it: the dialog stays until the worker has
// rolled back, so that nobody thinks a half-done import happened.
class SyncProgressDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncProgressDialog(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    // A total of 0 shows a moving bar.
    void setProgress(std::size_t done, std::size_t total);
    bool isCancelRequested() const { return m_cancelRequested; }
    QPushButton* cancelButton() const { return m_cancel; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_label;
    QProgressBar* m_bar;
    QLabel* m_note;
    QPushButton* m_cancel;
    bool m_cancelRequested = false;
};

} // namespace majakka::ui
