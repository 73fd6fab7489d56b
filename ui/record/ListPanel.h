#pragma once

#include "ui/record/RecordPanel.h"

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers.
#ifndef Q_MOC_RUN
#include "domain/ClientRecord.h"
#endif

#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

class QTableWidget;

namespace majakka::ui {

// What a list of the record (contacts, legal steps…) shows and how it is
// changed. Made by the parts of each tab (see PartBinding.h).
struct ListSpec
{
    QString key; // "contact": contactPanel, contactTable, addContactButton…
    std::function<QString()> heading; // with the &-letter that goes to the list
    std::function<QString()> intro; // optional
    std::function<QStringList()> columns;
    std::function<QString()> whenEmpty;
    std::function<PartTexts()> texts; // none for a list only read here
    std::function<std::vector<QStringList>(const domain::ClientRecord&)> rows;
    // Opens the dialog for a new entry (nullopt) or the one in `row`.
    std::function<void(std::optional<std::size_t> row, QWidget* parent)> open;
    // The record without the entry in `row`.
    std::function<domain::ClientRecord(domain::ClientRecord, std::size_t row)> without;
};

// A list of one kind of entry as a table, with Add, Edit and Remove. Each
// saved change is one undoable change of the record; a removal the rules
// forbid is said in place and changes nothing.
class ListPanel : public RecordPanel
{
    Q_OBJECT

public:
    ListPanel(RecordEditor& editor, ListSpec spec, QWidget* parent = nullptr);

    void refresh() override;
    EntryActions actions() const override;
    void add() override;
    void edit() override;
    void remove() override;

    QTableWidget* table() const { return m_table; }
    bool hasSelection() const { return selectedRow() >= 0; }
    int selectedRow() const;

    // Columns to their contents and the height to the rows (up to a dozen), so
    // that a tab with lists scrolls as one page rather than list by list.
    static void fitToRows(QTableWidget* table);

private:
    ListSpec m_spec;
    QTableWidget* m_table;
    QLabel* m_empty;
    bool m_selectNew = false;
};

} // namespace majakka::ui
