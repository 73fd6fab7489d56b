#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per plural form
};

QList<Message> readTsFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        // A plural message ends at </translation>, after its <numerusform>s.
        if (current.numerus && xml.isEndElement() && xml.name() == QLatin1StringView("translation")) {
            messages.append(current);
            continue;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1StringView("context")) {
            context.clear();
        } else if (name == QLatin1StringView("name") && context.isEmpty()) {
            context = xml.readElementText();
        } else if (name == QLatin1StringView("message")) {
            current = Message {context,
                               {},
                               xml.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes"),
                               {},
                               {}};
        } else if (name == QLatin1StringView("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1StringView("translation")) {
            current.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!current.numerus) {
                current.translations = {xml.readElementText()};
                messages.append(current);
            }
        } else if (name == QLatin1StringView("numerusform")) {
            current.translations.append(xml.readElementText());
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QList<Message> readMessages(const QString& language)
{
    const QString path = QStringLiteral(MAJAKKA_TRANSLATIONS_DIR "/majakka_%1.ts").arg(language);
    QList<Message> messages = readTsFile(path);
    QList<Message> live;
    for (const Message& message : messages) {
        if (message.type != QStringLiteral("vanished") && message.type != QStringLiteral("obsolete")) {
            live.append(message);
        }
    }
    return live;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text)) {
        found.insert(match.captured(0));
    }
    return found;
}

bool hasMnemonic(const QString& text)
{
    QString withoutEscapes = text;
    withoutEscapes.remove(QStringLiteral("&&"));
    static const QRegularExpression mnemonic(QStringLiteral("&\\w"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    return withoutEscapes.contains(mnemonic);
}

QSet<QString> keys(const QList<Message>& messages)
{
    QSet<QString> result;
    for (const Message& message : messages) {
        result.insert(message.context + QLatin1Char('\x1f') + message.source);
    }
    return result;
}

} // namespace

TEST_CASE("the Finnish and Swedish translations are complete", "[ui][i18n]")
{
    const QList<Message> english = readMessages(QStringLiteral("en"));
    REQUIRE(english.size() >= 50);
    const auto language = GENERATE(QStringLiteral("fi"), QStringLiteral("sv"));
    const QList<Message> messages = readMessages(language);
    // Every file was refreshed from the same sources.
    CHECK(keys(messages) == keys(english));

    for (const Message& message : messages) {
        INFO(language.toStdString() << " " << message.context.toStdString() << ": "
                                    << message.source.toStdString());
        CHECK(message.type.isEmpty());
        REQUIRE_FALSE(message.translations.isEmpty());
        for (const QString& translation : message.translations) {
            CHECK_FALSE(translation.trimmed().isEmpty());
            CHECK(placeholders(translation) == placeholders(message.source));
            if (hasMnemonic(message.source)) {
                CHECK(hasMnemonic(translation));
            }
        }
        if (message.numerus) {
            CHECK(message.translations.size() == 2);
        }
    }
}

TEST_CASE("the English file has its plural forms", "[ui][i18n]")
{
    for (const Message& message : readMessages(QStringLiteral("en"))) {
        if (message.numerus) {
            INFO(message.source.toStdString());
            CHECK(message.type.isEmpty());
            REQUIRE(message.translations.size() == 2);
            CHECK_FALSE(message.translations[0].contains(QStringLiteral("(s)")));
            CHECK_FALSE(message.translations[1].contains(QStringLiteral("(s)")));
        }
    }
}
