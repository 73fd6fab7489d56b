#pragma once

#include <QCoreApplication>

class QWidget;

namespace majakka::ui {

class RecordEditor;
class RecordTab;

// The tabs about meeting the client and what is told about them: contacts;
// consents, disclosures and serious threats with the police notice.
class ContactParts
{
    Q_DECLARE_TR_FUNCTIONS(ContactParts)

public:
    static RecordTab* contacts(RecordEditor& editor, QWidget* parent);
    static RecordTab* consents(RecordEditor& editor, QWidget* parent);
};

} // namespace majakka::ui
