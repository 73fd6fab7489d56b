#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace majakka::ui {

// "Working…" text with a moving bar, shown while the passphrase is being
// stretched (Argon2id takes about a second on purpose).
class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;

private:
    QLabel* m_label;
    QProgressBar* m_bar;
};

} // namespace majakka::ui
