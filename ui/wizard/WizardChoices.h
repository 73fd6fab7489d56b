#pragma once

#include "domain/EnumNames.h"
#include "ui/common/VocabularyText.h"

#include <QComboBox>

namespace majakka::ui {

// Fills a combo box with an enumeration's values in words (VocabularyText),
// the value as item data; the choice is kept across a change of language.
template<typename E> void fillValues(QComboBox* box)
{
    const int kept = box->currentIndex();
    box->clear();
    for (const E value : domain::allValues<E>()) {
        box->addItem(VocabularyText::text(value), static_cast<int>(value));
    }
    box->setCurrentIndex(kept);
}

// The chosen value; the first of the enumeration while nothing is chosen.
template<typename E> E chosenValue(const QComboBox* box)
{
    return box->currentIndex() < 0 ? domain::allValues<E>().front()
                                   : static_cast<E>(box->currentData().toInt());
}

template<typename E> void chooseValue(QComboBox* box, E value)
{
    box->setCurrentIndex(box->findData(static_cast<int>(value)));
}

} // namespace majakka::ui
