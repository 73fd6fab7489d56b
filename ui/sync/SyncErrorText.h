#pragma once

#include "Error.h"
#include "ui/common/ErrorText.h"

#include <QCoreApplication>

namespace majakka::ui {

// Failures of sync work in words. ErrorText's sentences speak of passphrases
// and the database's key file, which is wrong here: an authentication failure
// is an untrusted sender or a fingerprint that does not match, damage is in the
// package. The core's own sentence, which names the device or file, is always
// the detail.
class SyncErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SyncErrorText)

public:
    enum class Work
    {
        Export,
        Import,
        Enrol,
        Resolve,
        Devices,
    };

    static ErrorReport describe(const Error& error, Work work);
};

} // namespace majakka::ui
