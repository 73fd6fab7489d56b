#pragma once

// How the parts of each tab tie a dialog to a place in the record. Each
// dialog takes (the current value or nullopt, the record, a parent) and gives
// value(); on OK a copy of the record gets the value and goes through the
// core as one undoable change.
#include "domain/ClientRecord.h"
#include "domain/TextRules.h"
#include "ui/record/DetailsPanel.h"
#include "ui/record/EntryActions.h"
#include "ui/record/ListPanel.h"
#include "ui/record/RecordEditor.h"

#include <functional>
#include <optional>
#include <string>

namespace majakka::ui::binding {

// Opens `Dialog` for `current` at `path`; `apply` puts its value into the record.
template<typename Dialog, typename Value, typename Apply>
void openDialog(RecordEditor& editor,
                const std::optional<Value>& current,
                const std::string& path,
                const QString& undoText,
                Apply apply,
                QWidget* parent)
{
    auto* dialog = new Dialog(current, editor.record(), parent);
    dialog->setPath(path);
    dialog->setSave([&editor, dialog, apply, undoText] {
        domain::ClientRecord edited = editor.record();
        apply(edited, dialog->value());
        return editor.change(std::move(edited), undoText);
    });
    RecordPanel::showDialog(dialog);
}

// Where the entry at `index` of a list of `count` entries is: "contacts[3]".
using EntryPath = std::function<std::string(std::size_t index, std::size_t count)>;

inline EntryPath indexedPath(std::string key)
{
    return [key](std::size_t index, std::size_t) {
        return domain::text::indexed(key, index);
    };
}

// Fills the rows, the dialog and the removal of a list spec whose texts are set.
template<typename Dialog, typename Entry, typename Cells>
void bindList(ListSpec& spec,
              RecordEditor& editor,
              std::vector<Entry> domain::ClientRecord::*entries,
              EntryPath path,
              Cells cells)
{
    spec.rows = [entries, cells](const domain::ClientRecord& record) {
        std::vector<QStringList> rows;
        for (const Entry& entry : record.*entries) {
            rows.push_back(cells(entry));
        }
        return rows;
    };
    spec.open
        = [&editor, entries, path, texts = spec.texts](std::optional<std::size_t> row, QWidget* parent) {
              const auto& list = editor.record().*entries;
              const std::size_t index = row.value_or(list.size());
              std::optional<Entry> current;
              if (row) {
                  current = list.at(index);
              }
              const auto apply = [entries, index](domain::ClientRecord& record, Entry value) {
                  auto& edited = record.*entries;
                  if (index < edited.size()) {
                      edited[index] = std::move(value);
                  } else {
                      edited.push_back(std::move(value));
                  }
              };
              openDialog<Dialog>(editor,
                                 current,
                                 path(index, list.size() + (row ? 0 : 1)),
                                 EntryActions::undoText(row ? texts().edit : texts().add),
                                 apply,
                                 parent);
          };
    spec.without = [entries](domain::ClientRecord record, std::size_t row) {
        auto& list = record.*entries;
        list.erase(list.begin() + static_cast<std::ptrdiff_t>(row));
        return record;
    };
}

// Fills presence, the dialog and the removal of a details spec for an optional part.
template<typename Dialog, typename Part>
void bindOptional(DetailsSpec& spec,
                  RecordEditor& editor,
                  std::optional<Part> domain::ClientRecord::*member,
                  const std::string& path)
{
    spec.present = [member](const domain::ClientRecord& record) {
        return (record.*member).has_value();
    };
    spec.open = [&editor, member, path, texts = spec.texts](QWidget* parent) {
        const std::optional<Part>& current = editor.record().*member;
        openDialog<Dialog>(
            editor,
            current,
            path,
            EntryActions::undoText(current ? texts().edit : texts().add),
            [member](domain::ClientRecord& record, Part value) { record.*member = std::move(value); },
            parent);
    };
    spec.without = [member](domain::ClientRecord record) {
        (record.*member).reset();
        return record;
    };
}

// The dialog of a part of the person, whose fields are at the top of the record.
template<typename Dialog> void bindPerson(DetailsSpec& spec, RecordEditor& editor)
{
    spec.open = [&editor, texts = spec.texts](QWidget* parent) {
        openDialog<Dialog>(
            editor,
            std::optional<domain::Person>(editor.record().person),
            std::string(),
            EntryActions::undoText(texts().edit),
            [](domain::ClientRecord& record, domain::Person person) { record.person = std::move(person); },
            parent);
    };
}

} // namespace majakka::ui::binding
