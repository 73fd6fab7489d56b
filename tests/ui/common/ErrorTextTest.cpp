#include "ui/common/ErrorText.h"

#include <QSet>
#include <catch2/catch.hpp>

using majakka::Error;
using majakka::ErrorCode;
using majakka::ui::ErrorText;

TEST_CASE("every error code has its own sentence", "[ui][errors]")
{
    const ErrorCode codes[] = {ErrorCode::Usage,
                               ErrorCode::Authentication,
                               ErrorCode::Damaged,
                               ErrorCode::Invalid,
                               ErrorCode::InUse,
                               ErrorCode::NotFound,
                               ErrorCode::Permission,
                               ErrorCode::Io,
                               ErrorCode::Internal};
    QSet<QString> sentences;
    for (ErrorCode code : codes) {
        const QString sentence = ErrorText::messageFor(code);
        CHECK_FALSE(sentence.isEmpty());
        sentences.insert(sentence);
    }
    CHECK(sentences.size() == static_cast<qsizetype>(std::size(codes)));
}

TEST_CASE("a wrong passphrase is reported without the core's wording", "[ui][errors]")
{
    const auto report = ErrorText::describe(Error(ErrorCode::Authentication, "no slot matches user x"));
    CHECK(report.message == QStringLiteral("The user name or passphrase is wrong."));
    CHECK(report.detail.isEmpty());
    CHECK(report.fullText() == report.message);
}

TEST_CASE("a broken rule keeps the core's sentence as the detail", "[ui][errors]")
{
    const auto report = ErrorText::describe(Error(ErrorCode::Invalid, "a user name may not be empty"));
    CHECK(report.code == ErrorCode::Invalid);
    CHECK(report.detail == QStringLiteral("a user name may not be empty"));
    CHECK(report.fullText().contains(QStringLiteral("a user name may not be empty")));
}
