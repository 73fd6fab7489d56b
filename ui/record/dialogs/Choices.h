#pragma once

// Combo boxes and check lists over the core's vocabularies: each item keeps
// the value and shows its word in the current language. Only for .cpp files:
// the core's enumeration headers are beyond moc.
#include "domain/EnumNames.h"
#include "ui/common/VocabularyText.h"

#include <QComboBox>
#include <QListWidget>
#include <algorithm>
#include <optional>
#include <vector>

namespace majakka::ui::choices {

// The item of an optional value that is not recorded.
constexpr int NotRecorded = -1;

template<typename E> void fill(QComboBox* box, bool optional = false)
{
    if (optional) {
        box->addItem(QString(), NotRecorded);
    }
    for (const E value : domain::allValues<E>()) {
        box->addItem(VocabularyText::text(value), static_cast<int>(value));
    }
}

// `none` names the empty choice of an optional value.
template<typename E> void retranslate(QComboBox* box, const QString& none = {})
{
    for (int i = 0; i < box->count(); ++i) {
        const int data = box->itemData(i).toInt();
        box->setItemText(i, data == NotRecorded ? none : VocabularyText::text(static_cast<E>(data)));
    }
}

template<typename E> void choose(QComboBox* box, std::optional<E> value)
{
    box->setCurrentIndex(box->findData(value ? static_cast<int>(*value) : NotRecorded));
}

template<typename E> void choose(QComboBox* box, E value)
{
    box->setCurrentIndex(box->findData(static_cast<int>(value)));
}

template<typename E> E chosen(const QComboBox* box)
{
    return static_cast<E>(box->currentData().toInt());
}

template<typename E> std::optional<E> chosenOptional(const QComboBox* box)
{
    const int data = box->currentData().toInt();
    return data == NotRecorded ? std::nullopt : std::optional<E>(static_cast<E>(data));
}

template<typename E> void fill(QListWidget* list, const std::vector<E>& checked)
{
    for (const E value : domain::allValues<E>()) {
        auto* item = new QListWidgetItem(VocabularyText::text(value), list);
        item->setData(Qt::UserRole, static_cast<int>(value));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool on = std::find(checked.begin(), checked.end(), value) != checked.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

template<typename E> void retranslate(QListWidget* list)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        item->setText(VocabularyText::text(static_cast<E>(item->data(Qt::UserRole).toInt())));
    }
}

// The checked values: those of `kept` that stay checked, in their order, then
// the newly checked ones, so that an unchanged list writes nothing.
template<typename E> std::vector<E> checked(const QListWidget* list, const std::vector<E>& kept)
{
    std::vector<E> on;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem* item = list->item(i);
        if (item->checkState() == Qt::Checked) {
            on.push_back(static_cast<E>(item->data(Qt::UserRole).toInt()));
        }
    }
    std::vector<E> out;
    for (const E value : kept) {
        if (std::find(on.begin(), on.end(), value) != on.end()
            && std::find(out.begin(), out.end(), value) == out.end()) {
            out.push_back(value);
        }
    }
    for (const E value : on) {
        if (std::find(out.begin(), out.end(), value) == out.end()) {
            out.push_back(value);
        }
    }
    return out;
}

} // namespace majakka::ui::choices
