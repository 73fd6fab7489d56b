#pragma once

#include "support/SyncFixture.h"
#include "support/UiDriver.h"
#include "ui/sync/ImportFlow.h"
#include "ui/sync/ImportPage.h"
#include "ui/sync/ImportPreviewDialog.h"
#include "ui/sync/ImportReportView.h"
#include "ui/sync/SyncActions.h"
#include "ui/sync/SyncDialog.h"
#include "ui/sync/SyncProgressDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QThread>
#include <atomic>
#include <catch2/catch.hpp>
#include <memory>

namespace majakka::ui::test {

// Sync → Receive changes, the file typed in, Preview: returns the preview once the dry run is shown.
inline ImportPreviewDialog* previewThroughDialog(SyncFixture& fixture, const QString& file)
{
    SyncActions& sync = fixture.sync();
    REQUIRE(sync.importAction()->isEnabled());
    sync.importAction()->trigger();
    SyncDialog* dialog = sync.syncDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    REQUIRE(dialog->tabs()->currentIndex() == SyncDialog::ImportTab);
    replaceText(dialog->importPage()->pathEdit(), file);
    click(dialog->importPage()->previewButton());
    ImportPreviewDialog* preview = nullptr;
    REQUIRE(waitUntil([&] {
        preview = sync.importFlow().dialog();
        return preview && preview->isVisible() && !sync.runner().isBusy()
            && (preview->reportView()->report() || preview->state() == ImportPreviewDialog::State::Failed);
    }));
    return preview;
}

// Holds the sync worker at its first step until the work is cancelled (or
// ten seconds pass), so that a test can press Cancel or lock meanwhile.
struct WorkerGate
{
    std::shared_ptr<std::atomic<bool>> reached = std::make_shared<std::atomic<bool>>(false);

    SyncProgress::StepHook hook() const
    {
        return [reached = reached](const SyncProgress& progress) {
            reached->store(true);
            for (int i = 0; i < 2000 && !progress.isCancelled(); ++i) {
                QThread::msleep(5);
            }
        };
    }
};

} // namespace majakka::ui::test
