#pragma once

#include "crypto/Secret.h"

#include <QString>
#include <string_view>

namespace majakka::ui {

// A passphrase leaves Qt's strings as soon as possible and travels to the core
// in wiped-on-free memory; the UTF-8 copy made on the way is overwritten.
crypto::Secret toSecret(const QString& text);
std::string_view asText(const crypto::Secret& secret);

} // namespace majakka::ui
