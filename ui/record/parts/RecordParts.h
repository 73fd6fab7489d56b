#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace majakka::ui {

class RecordEditor;
class RecordTab;

// The tabs of a client record, each made of its parts (see PartBinding.h):
// PersonParts.cpp holds the person's tabs, CaseParts.cpp the path of the
// case, SupportParts.cpp what is done for the client, ContactParts.cpp the
// contacts and what is told about the client.
class RecordParts
{
    Q_DECLARE_TR_FUNCTIONS(RecordParts)

public:
    using OpenClient = std::function<void(const QString& clientId)>;

    // Who the client is, how to reach them, the office and worker.
    static RecordTab* overview(RecordEditor& editor, QWidget* parent);
    // The kind of client and, for a child, the link to the parent's record;
    // for anyone else, their children.
    static RecordTab* family(RecordEditor& editor, OpenClient openClient, QWidget* parent);
    // The referral, the admission decision and its appeal, the end of assistance and reopenings.
    static RecordTab* referral(RecordEditor& editor, QWidget* parent);
    static RecordTab* exploitation(RecordEditor& editor, QWidget* parent);
    // The needs assessment and the support measures.
    static RecordTab* needs(RecordEditor& editor, QWidget* parent);
    // Reflection periods and residence matters.
    static RecordTab* reflection(RecordEditor& editor, QWidget* parent);
    // The steps of the criminal process and legal aid.
    static RecordTab* criminalProcess(RecordEditor& editor, QWidget* parent);
    static RecordTab* contacts(RecordEditor& editor, QWidget* parent);
    // Consents, disclosures and serious threats with the police notice.
    static RecordTab* consents(RecordEditor& editor, QWidget* parent);
};

} // namespace majakka::ui
