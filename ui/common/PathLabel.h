#pragma once

#include <QLabel>

namespace majakka::ui {

// Shows a file path in one line, shortened in the middle when it does not fit
// (the folder's start and the file name stay visible); the whole path is the
// tool tip and the accessible description.
class PathLabel : public QLabel
{
    Q_OBJECT

public:
    explicit PathLabel(QWidget* parent = nullptr);

    void setPath(const QString& path);
    QString path() const { return m_path; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateShownText();

    QString m_path;
};

} // namespace majakka::ui
