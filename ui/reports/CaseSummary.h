#pragma once

#include "domain/ClientRecord.h"
#include "domain/Date.h"
#include "ui/reports/DocumentLanguage.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;

namespace majakka::reports {

// A client's case on paper for a meeting: who the client is, where the case
// stands, the support in place, what falls due, the legal and residence
// steps and the latest contacts. What a meeting does not need stays in the
// store: the identity code, contact details, and the notes and descriptions
// typed into entries.
class CaseSummary
{
    MAJAKKA_DOCUMENT_TR_FUNCTIONS(CaseSummary)

public:
    // In the current document language (the program's, from the desktop).
    static QString html(const domain::ClientRecord& record, domain::Date today);
    static QByteArray pdf(const domain::ClientRecord& record, domain::Date today);
    static void print(const domain::ClientRecord& record, domain::Date today, QPagedPaintDevice& device);

    // How many contacts it lists, newest first.
    static constexpr std::size_t RecentContacts = 5;
};

} // namespace majakka::reports
