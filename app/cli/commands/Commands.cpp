#include "commands/Commands.h"

namespace majakka::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeInitCommand());
    commands.push_back(makeDemoCommand());
    commands.push_back(makeUserAddCommand());
    commands.push_back(makeUserListCommand());
    commands.push_back(makeUserRemoveCommand());
    commands.push_back(makeUserRenameCommand());
    commands.push_back(makeUserOfficeCommand());
    commands.push_back(makeUserRoleCommand());
    commands.push_back(makePasswdCommand());
    commands.push_back(makeRecoveryKeygenCommand());
    commands.push_back(makeRecoverySetCommand());
    commands.push_back(makeRecoveryOpenCommand());
    commands.push_back(makeVerifyCommand());
    commands.push_back(makeBackupCommand());
    commands.push_back(makeRestoreCommand());
    commands.push_back(makeClientTemplateCommand());
    commands.push_back(makeClientAddCommand());
    commands.push_back(makeClientShowCommand());
    commands.push_back(makeClientExportCommand());
    commands.push_back(makeClientUpdateCommand());
    commands.push_back(makeClientListCommand());
    commands.push_back(makeAuditShowCommand());
    commands.push_back(makeDeadlinesCommand());
    commands.push_back(makeHotlineAddCommand());
    commands.push_back(makeClientEndCommand());
    commands.push_back(makeClientRenumberCommand());
    commands.push_back(makeImportCommand());
    commands.push_back(makeStatsCommand());
    commands.push_back(makeDeviceShowCommand());
    commands.push_back(makeDeviceExportCommand());
    commands.push_back(makeDeviceTrustCommand());
    commands.push_back(makeDeviceListCommand());
    commands.push_back(makeDeviceRevokeCommand());
    commands.push_back(makeDeviceRenameCommand());
    commands.push_back(makeSyncExportCommand());
    commands.push_back(makeSyncImportCommand());
    commands.push_back(makeConflictsListCommand());
    commands.push_back(makeConflictsResolveCommand());
    commands.push_back(makeDumpCommand());
    return commands;
}

} // namespace majakka::cli
