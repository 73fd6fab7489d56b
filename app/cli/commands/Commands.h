#pragma once

#include "Command.h"

#include <memory>

// One factory per command file; Commands.cpp lists them for `help` and dispatch.
namespace majakka::cli {

std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeDemoCommand();
std::unique_ptr<Command> makeUserAddCommand();
std::unique_ptr<Command> makeUserListCommand();
std::unique_ptr<Command> makeUserRemoveCommand();
std::unique_ptr<Command> makeUserRenameCommand();
std::unique_ptr<Command> makeUserOfficeCommand();
std::unique_ptr<Command> makeUserRoleCommand();
std::unique_ptr<Command> makePasswdCommand();
std::unique_ptr<Command> makeRecoveryKeygenCommand();
std::unique_ptr<Command> makeRecoverySetCommand();
std::unique_ptr<Command> makeRecoveryOpenCommand();
std::unique_ptr<Command> makeVerifyCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeRestoreCommand();
std::unique_ptr<Command> makeClientTemplateCommand();
std::unique_ptr<Command> makeClientAddCommand();
std::unique_ptr<Command> makeClientShowCommand();
std::unique_ptr<Command> makeClientExportCommand();
std::unique_ptr<Command> makeClientUpdateCommand();
std::unique_ptr<Command> makeClientListCommand();
std::unique_ptr<Command> makeAuditShowCommand();
std::unique_ptr<Command> makeDeadlinesCommand();
std::unique_ptr<Command> makeHotlineAddCommand();
std::unique_ptr<Command> makeClientEndCommand();
std::unique_ptr<Command> makeClientRenumberCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeStatsCommand();
std::unique_ptr<Command> makeDeviceShowCommand();
std::unique_ptr<Command> makeDeviceExportCommand();
std::unique_ptr<Command> makeDeviceTrustCommand();
std::unique_ptr<Command> makeDeviceListCommand();
std::unique_ptr<Command> makeDeviceRevokeCommand();
std::unique_ptr<Command> makeDeviceRenameCommand();
std::unique_ptr<Command> makeSyncExportCommand();
std::unique_ptr<Command> makeSyncImportCommand();
std::unique_ptr<Command> makeConflictsListCommand();
std::unique_ptr<Command> makeConflictsResolveCommand();
std::unique_ptr<Command> makeDumpCommand();

} // namespace majakka::cli
