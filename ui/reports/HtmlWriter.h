#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace majakka::reports {

// The HTML of a case document, in the subset QTextDocument lays out and
// prints. Every text put in is escaped: a note that holds "<b>" prints as typed.
class HtmlWriter
{
public:
    using Rows = QList<QPair<QString, QString>>;

    void title(const QString& text, const QString& subtitle);
    void heading(const QString& text);
    void subheading(const QString& text);
    void paragraph(const QString& text);
    void note(const QString& text);
    // Label and value; rows without a value are left out, and a form with no
    // value at all says `empty` instead.
    void form(const Rows& rows, const QString& empty);
    void table(const QStringList& header, const QList<QStringList>& rows);

    QString html() const;

private:
    QString m_body;
};

} // namespace majakka::reports
