#pragma once

#include "domain/HotlineVocabulary.h"

#include <QCoreApplication>
#include <QString>

namespace majakka::ui {

// The hotline log's vocabularies in words (the core's names are for files and the CLI).
class HotlineText
{
    Q_DECLARE_TR_FUNCTIONS(HotlineText)

public:
    static QString text(domain::HotlineCallerType callerType);
    static QString text(domain::HotlineTopic topic);
    static QString text(domain::HotlineOutcome outcome);
};

} // namespace majakka::ui
