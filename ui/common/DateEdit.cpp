#include "ui/common/DateEdit.h"

#include "ui/common/DateText.h"

#include <QEvent>

namespace majakka::ui {

DateEdit::DateEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    retranslateUi();
}

void DateEdit::setDate(const std::optional<domain::Date>& date)
{
    setText(DateText::format(date));
}

std::optional<domain::Date> DateEdit::date() const
{
    return DateText::parse(text());
}

bool DateEdit::hasValidText() const
{
    return text().trimmed().isEmpty() || date().has_value();
}

void DateEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The date keeps its value across a change of format.
        const auto kept = date();
        retranslateUi();
        if (kept) {
            setDate(kept);
        }
    }
    QLineEdit::changeEvent(event);
}

void DateEdit::retranslateUi()
{
    setPlaceholderText(DateText::inputFormat());
}

} // namespace majakka::ui
