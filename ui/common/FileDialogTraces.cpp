#include "ui/common/FileDialogTraces.h"

#include <QFileDialog>
#include <QSettings>
#include <QVariant>
#include <array>
#include <optional>

namespace majakka::ui {

namespace {

// Qt's names (QFileDialogPrivate::saveSettings) in QSettings(UserScope, "QtProject").
constexpr std::array TracedKeys {QLatin1StringView("FileDialog/lastVisited"),
                                 QLatin1StringView("FileDialog/history")};

// An invalid value: the key was not there.
using Values = std::array<QVariant, TracedKeys.size()>;

std::optional<Values>& remembered()
{
    static std::optional<Values> values;
    return values;
}

QString settingsName()
{
    return QStringLiteral("QtProject");
}

const Values& valuesBefore()
{
    if (!remembered()) {
        FileDialogTraces::rememberBefore();
    }
    return *remembered();
}

} // namespace

FileDialogTraces::FileDialogTraces()
{
    valuesBefore();
}

FileDialogTraces::~FileDialogTraces()
{
    erase();
}

void FileDialogTraces::rememberBefore()
{
    const QSettings settings(QSettings::UserScope, settingsName());
    Values values;
    for (std::size_t i = 0; i < TracedKeys.size(); ++i) {
        values[i] = settings.value(TracedKeys[i]);
    }
    remembered() = values;
}

void FileDialogTraces::eraseAfter(QFileDialog* dialog)
{
    valuesBefore();
    // destroyed() comes after ~QFileDialog has written its settings.
    QObject::connect(dialog, &QObject::destroyed, [] { erase(); });
}

void FileDialogTraces::erase()
{
    const Values& before = valuesBefore();
    QSettings settings(QSettings::UserScope, settingsName());
    for (std::size_t i = 0; i < TracedKeys.size(); ++i) {
        if (settings.value(TracedKeys[i]) == before[i]) {
            continue;
        }
        if (before[i].isValid()) {
            settings.setValue(TracedKeys[i], before[i]);
        } else {
            settings.remove(TracedKeys[i]);
        }
    }
}

} // namespace majakka::ui
