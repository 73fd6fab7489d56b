#pragma once

#include <QScrollArea>
#include <QStringList>
#include <utility>
#include <vector>

class QVBoxLayout;
class QTableWidget;

namespace majakka::ui {

// A read-only tab of the client record: headings, label-value forms and
// tables, rebuilt from the record whenever it or the language changes.
class SectionView : public QScrollArea
{
    Q_OBJECT

public:
    using Rows = std::vector<std::pair<QString, QString>>;

    explicit SectionView(QWidget* parent = nullptr);

    void clear();
    void addHeading(const QString& text);
    // Label and value pairs; an empty value shows as "not recorded".
    void addForm(const Rows& rows);
    QTableWidget* addTable(const QString& accessibleName,
                           const QStringList& headers,
                           const std::vector<QStringList>& rows,
                           const QString& whenEmpty);
    void addText(const QString& text);
    void finish();

private:
    QWidget* m_content = nullptr;
    QVBoxLayout* m_layout = nullptr;
};

} // namespace majakka::ui
