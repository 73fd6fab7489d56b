#pragma once

#include "ui/record/RecordPanel.h"

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers.
#ifndef Q_MOC_RUN
#include "domain/ClientRecord.h"
#endif

#include <functional>
#include <utility>
#include <vector>

class QFormLayout;

namespace majakka::ui {

// Label and value pairs; an empty value reads "not recorded".
using FactRows = std::vector<std::pair<QString, QString>>;

// What one single part of the record (the referral, the admission decision,
// the person's details…) shows and how it is changed.
struct DetailsSpec
{
    QString key; // "referral": referralPanel, editReferralButton…
    std::function<QString()> heading;
    std::function<QString()> intro; // optional
    std::function<QString()> whenAbsent; // for a part not recorded yet
    // Null for a part that is always there (the person).
    std::function<bool(const domain::ClientRecord&)> present;
    // Whether the part can be recorded now (an appeal needs a decision); null: always.
    std::function<bool(const domain::ClientRecord&)> mayAdd;
    std::function<FactRows(const domain::ClientRecord&)> rows;
    // add: recording it when absent; edit: changing it; remove (optional).
    std::function<PartTexts()> texts;
    std::function<void(QWidget* parent)> open;
    // The record without the part; null where it cannot be removed.
    std::function<domain::ClientRecord(domain::ClientRecord)> without;

    // One more action of this part alone (Reopen…, Open the parent's record).
    struct Extra
    {
        QString objectName;
        std::function<QString()> text;
        std::function<bool(const RecordEditor&)> enabled;
        std::function<void(QWidget* parent)> run;
    } extra;
};

// One single part of the record as label and value pairs, with a button to
// record or edit it and, where the part may go, one to remove it.
class DetailsPanel : public RecordPanel
{
    Q_OBJECT

public:
    DetailsPanel(RecordEditor& editor, DetailsSpec spec, QWidget* parent = nullptr);

    void refresh() override;
    EntryActions actions() const override;
    void add() override;
    void edit() override;
    void remove() override;

    bool isPresent() const;

private:
    void showRows(const FactRows& rows);

    DetailsSpec m_spec;
    QWidget* m_facts = nullptr;
    QLabel* m_absent;
};

} // namespace majakka::ui
