#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers; it
// does not need them to read the declarations below.
#ifndef Q_MOC_RUN
#include "domain/Date.h"
#endif

#include <QLineEdit>
#include <optional>

namespace majakka::ui {

// A date typed as text in the language's short format (or ISO): quicker with
// the keyboard than a spin box, and it can stay empty for a date not recorded.
class DateEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget* parent = nullptr);

    void setDate(const std::optional<domain::Date>& date);
    // Nothing when empty or not a date; see hasValidText().
    std::optional<domain::Date> date() const;
    // Empty, or a real date.
    bool hasValidText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
};

} // namespace majakka::ui
