#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace majakka::ui {

// What the UI shows for a failure: a translated sentence chosen by the error
// code, and for some codes the core's own English sentence as a detail.
struct ErrorReport
{
    std::optional<ErrorCode> code; // empty for failures that are not the core's Error
    QString message;
    QString detail;

    QString fullText() const;
};

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static ErrorReport describe(const Error& error);
    // Any other exception: a generic sentence, with the exception's text as the detail.
    static ErrorReport describeUnexpected(const QString& detail = {});

    static QString messageFor(ErrorCode code);
};

} // namespace majakka::ui
