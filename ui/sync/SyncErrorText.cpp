#include "ui/sync/SyncErrorText.h"

namespace majakka::ui {

namespace {

QString importMessage(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Authentication:
        return SyncErrorText::tr("This sync package does not come from a device this database trusts, or "
                                 "that device was revoked. Nothing was imported.");
    case ErrorCode::Damaged:
        return SyncErrorText::tr(
            "This sync package is damaged or was altered on the way. Nothing was imported.");
    case ErrorCode::Invalid:
        return SyncErrorText::tr("This file cannot be imported here. Nothing was imported.");
    case ErrorCode::NotFound:
        return SyncErrorText::tr("The file was not found. Check its location.");
    default:
        return {};
    }
}

QString enrolMessage(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Authentication:
        return SyncErrorText::tr("The fingerprint does not match this identity file. Compare it again "
                                 "with the device's owner. Nothing was enrolled.");
    case ErrorCode::Damaged:
    case ErrorCode::Invalid:
        return SyncErrorText::tr("This is not a valid device identity file, or a value is not accepted. "
                                 "Nothing was enrolled.");
    default:
        return {};
    }
}

} // namespace

ErrorReport SyncErrorText::describe(const Error& error, Work work)
{
    ErrorReport report = ErrorText::describe(error);
    QString message;
    if (work == Work::Import) {
        message = importMessage(error.code());
    } else if (work == Work::Enrol) {
        message = enrolMessage(error.code());
    } else if (work == Work::Export && error.code() == ErrorCode::Invalid) {
        message = tr("Nothing can be exported to this device. Nothing was written.");
    } else if (error.code() == ErrorCode::Authentication || error.code() == ErrorCode::Damaged) {
        message = tr("The sync data could not be verified.");
    }
    if (!message.isEmpty()) {
        report.message = message;
    }
    // The core names the device, the file or the rule; people need that here.
    report.detail = QString::fromUtf8(error.what());
    return report;
}

} // namespace majakka::ui
