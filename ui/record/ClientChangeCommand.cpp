#include "ui/record/ClientChangeCommand.h"

#include "ui/record/RecordEditor.h"

#include <utility>

namespace majakka::ui {

ClientChangeCommand::ClientChangeCommand(RecordEditor& editor, ClientChange change, const QString& text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_change(std::move(change))
{ }

void ClientChangeCommand::undo()
{
    // A change that can no longer be undone (someone changed the record since)
    // leaves the stack rather than pretend the record went back.
    setObsolete(!m_editor.applyUndo(m_change));
}

void ClientChangeCommand::redo()
{
    if (std::exchange(m_written, false)) {
        return;
    }
    setObsolete(!m_editor.applyRedo(m_change));
}

} // namespace majakka::ui
