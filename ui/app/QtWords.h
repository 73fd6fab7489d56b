#pragma once

#include <span>

namespace majakka::ui {

// One of Qt's own texts, as Qt looks it up: QCoreApplication::translate(context,
// source, comment).
struct QtWord
{
    const char* context;
    struct
    {
        const char* source;
        const char* comment;
    } text;
};

// Qt's own words that the program shows: the standard buttons (QPlatformTheme),
// the context menus of text fields, spin boxes and scroll bars, the file and
// print dialogs, key names in menus and tooltips (QShortcut), and the actions a
// screen reader announces. Debian 12 ships no qtbase_sv.qm, so without these a
// Swedish dialog says "Cancel". Listed with QT_TRANSLATE_NOOP so that lupdate
// keeps them in translations/majakka_*.ts and the program's own translator
// answers Qt's lookups; in Finnish, Qt's qtbase_fi.qm (installed after it) answers first.
std::span<const QtWord> qtWords();

} // namespace majakka::ui
