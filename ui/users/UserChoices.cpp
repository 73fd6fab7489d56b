#include "ui/users/UserChoices.h"

#include "domain/EnumNames.h"
#include "ui/common/RoleText.h"
#include "ui/common/VocabularyText.h"

#include <QCoreApplication>

namespace majakka::ui {

void fillRoleChoices(QComboBox* box)
{
    const int kept = box->currentIndex();
    box->clear();
    for (const domain::Role role : {domain::Role::Caseworker,
                                    domain::Role::OfficeWorker,
                                    domain::Role::Supervisor,
                                    domain::Role::Administrator}) {
        box->addItem(RoleText::displayName(role), static_cast<int>(role));
    }
    box->setCurrentIndex(qMax(0, kept));
}

void fillOfficeChoices(QComboBox* box)
{
    const int kept = box->currentIndex();
    box->clear();
    box->addItem(officeText(std::nullopt), -1);
    for (const domain::Office office : domain::allValues<domain::Office>()) {
        box->addItem(VocabularyText::text(office), static_cast<int>(office));
    }
    box->setCurrentIndex(qMax(0, kept));
}

domain::Role chosenRole(const QComboBox* box)
{
    return static_cast<domain::Role>(box->currentData().toInt());
}

std::optional<domain::Office> chosenOffice(const QComboBox* box)
{
    const int value = box->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<domain::Office>(static_cast<domain::Office>(value));
}

void chooseRole(QComboBox* box, domain::Role role)
{
    box->setCurrentIndex(qMax(0, box->findData(static_cast<int>(role))));
}

void chooseOffice(QComboBox* box, const std::optional<domain::Office>& office)
{
    box->setCurrentIndex(qMax(0, box->findData(office ? static_cast<int>(*office) : -1)));
}

QString officeText(const std::optional<domain::Office>& office)
{
    return office ? VocabularyText::text(*office)
                  : QCoreApplication::translate("majakka::ui::UsersPage", "No office");
}

} // namespace majakka::ui
