#pragma once

#include "domain/User.h"

#include <QComboBox>
#include <optional>

namespace majakka::ui {

// The role and office choices of the users screen, with the core's values as item data.
void fillRoleChoices(QComboBox* box);
void fillOfficeChoices(QComboBox* box);
domain::Role chosenRole(const QComboBox* box);
std::optional<domain::Office> chosenOffice(const QComboBox* box);
void chooseRole(QComboBox* box, domain::Role role);
void chooseOffice(QComboBox* box, const std::optional<domain::Office>& office);
// "Office worker" / "Helsinki" / "No office", as the users table shows them.
QString officeText(const std::optional<domain::Office>& office);

} // namespace majakka::ui
