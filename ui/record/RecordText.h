#pragma once

#include "domain/Date.h"
#include "domain/Person.h"
#include "ui/common/VocabularyText.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>
#include <string>
#include <vector>

namespace majakka::ui {

// How the parts of a record read as text in the current language.
class RecordText
{
    Q_DECLARE_TR_FUNCTIONS(RecordText)

public:
    // The caseworker's own calendar day: deadlines and alerts are about the local date.
    static domain::Date today();
    static QString fullName(const domain::Person& person);
    static QString yesNo(bool value);
    static QString text(const std::string& value) { return QString::fromStdString(value); }
    static QString joined(const std::vector<std::string>& values);

    template<typename E> static QString words(const std::vector<E>& values)
    {
        QStringList out;
        for (const E value : values) {
            out.append(VocabularyText::text(value));
        }
        return out.join(QStringLiteral(", "));
    }

    template<typename E> static QString word(const std::optional<E>& value)
    {
        return value ? VocabularyText::text(*value) : QString();
    }
};

} // namespace majakka::ui
