#pragma once

#include "casework/ClientService.h"

#include <QUndoCommand>

namespace majakka::ui {

class RecordEditor;

// One edit of a client record on the undo stack. The change is already
// written when the command is pushed, so the first redo() does nothing.
class ClientChangeCommand : public QUndoCommand
{
public:
    ClientChangeCommand(RecordEditor& editor, ClientChange change, const QString& text);

    void undo() override;
    void redo() override;

private:
    RecordEditor& m_editor;
    ClientChange m_change;
    bool m_written = true;
};

} // namespace majakka::ui
