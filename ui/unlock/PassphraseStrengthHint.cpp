#include "ui/unlock/PassphraseStrengthHint.h"

#include <QEvent>

namespace majakka::ui {

PassphraseStrengthHint::PassphraseStrengthHint(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    retranslateUi();
}

void PassphraseStrengthHint::setPassphrase(const QString& passphrase)
{
    if (passphrase.isEmpty()) {
        m_strength.reset();
    } else {
        const QByteArray utf8 = passphrase.toUtf8();
        m_strength = domain::estimatePassphraseStrength(
            std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    }
    retranslateUi();
}

bool PassphraseStrengthHint::isAcceptable() const
{
    return m_strength && *m_strength != domain::PassphraseStrength::TooShort;
}

void PassphraseStrengthHint::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QLabel::changeEvent(event);
}

void PassphraseStrengthHint::retranslateUi()
{
    const auto minimum = static_cast<int>(domain::MinimumPassphraseLength);
    if (!m_strength) {
        setText(tr("Use at least %1 characters. Several words are easy to remember and hard to guess.")
                    .arg(minimum));
        return;
    }
    switch (*m_strength) {
    case domain::PassphraseStrength::TooShort:
        setText(tr("Too short: use at least %1 characters.").arg(minimum));
        break;
    case domain::PassphraseStrength::Weak:
        setText(tr("Strength: weak. A longer passphrase of several words would be safer."));
        break;
    case domain::PassphraseStrength::Fair:
        setText(tr("Strength: fair."));
        break;
    case domain::PassphraseStrength::Strong:
        setText(tr("Strength: strong."));
        break;
    }
}

} // namespace majakka::ui
