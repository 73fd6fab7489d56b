#include "ui/common/SensitiveText.h"

#include <QByteArray>

namespace majakka::ui {

crypto::Secret toSecret(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    crypto::Secret secret(reinterpret_cast<const std::uint8_t*>(utf8.constData()),
                          static_cast<std::size_t>(utf8.size()));
    // volatile keeps the compiler from dropping the overwrite of a buffer about to be freed.
    volatile char* bytes = utf8.data();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        bytes[i] = 0;
    }
    return secret;
}

std::string_view asText(const crypto::Secret& secret)
{
    return {reinterpret_cast<const char*>(secret.data()), secret.size()};
}

} // namespace majakka::ui
