#pragma once

#include "domain/PassphrasePolicy.h"

#include <QLabel>
#include <optional>

namespace majakka::ui {

// A line under a new passphrase that says in words how strong it is, so the
// hint does not rest on colour alone.
class PassphraseStrengthHint : public QLabel
{
    Q_OBJECT

public:
    explicit PassphraseStrengthHint(QWidget* parent = nullptr);

    void setPassphrase(const QString& passphrase);
    // False while the passphrase is shorter than the core accepts.
    bool isAcceptable() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    // Only the strength is kept, not the passphrase; empty while nothing is typed.
    std::optional<domain::PassphraseStrength> m_strength;
};

} // namespace majakka::ui
