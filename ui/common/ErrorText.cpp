#include "ui/common/ErrorText.h"

namespace majakka::ui {

QString ErrorReport::fullText() const
{
    if (detail.isEmpty()) {
        return message;
    }
    return ErrorText::tr("%1\nDetails: %2").arg(message, detail);
}

QString ErrorText::messageFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Authentication:
        return tr("The user name or passphrase is wrong.");
    case ErrorCode::InUse:
        return tr("This database is open in another program. Close it there and try again.");
    case ErrorCode::Damaged:
        return tr("The database or its key file is damaged or was tampered with.");
    case ErrorCode::NotFound:
        return tr("The database or its key file was not found. Check the location.");
    case ErrorCode::Io:
        return tr("The file could not be read or written. The disk may be full, or you may not have access "
                  "to the folder.");
    case ErrorCode::Invalid:
        return tr("The input was not accepted.");
    case ErrorCode::Usage:
        return tr("This cannot be done this way.");
    case ErrorCode::Permission:
        return tr("Your role does not allow this.");
    case ErrorCode::Internal:
        return tr("Majakka found an internal fault and stopped for safety. Please report this to your "
                  "administrator.");
    }
    return tr("Something unexpected went wrong.");
}

ErrorReport ErrorText::describe(const Error& error)
{
    ErrorReport report {error.code(), messageFor(error.code()), {}};
    // These codes depend on which rule or file was involved; the core's sentence
    // names it, so it is shown below the translated one.
    switch (error.code()) {
    case ErrorCode::Invalid:
    case ErrorCode::Usage:
    case ErrorCode::Io:
    case ErrorCode::NotFound:
    case ErrorCode::Internal:
        report.detail = QString::fromUtf8(error.what());
        break;
    case ErrorCode::Authentication:
    case ErrorCode::InUse:
    case ErrorCode::Damaged:
    case ErrorCode::Permission:
        break;
    }
    return report;
}

ErrorReport ErrorText::describeUnexpected(const QString& detail)
{
    return {std::nullopt, tr("Something unexpected went wrong."), detail};
}

} // namespace majakka::ui
