#include "session/Session.h"
#include "sync/SyncDriver.h"
#include "sync/SyncService.h"
#include "ui/common/ErrorLabel.h"
#include "ui/main/MainWindow.h"
#include "ui/sync/DeviceAdministration.h"
#include "ui/sync/DevicesDialog.h"
#include "ui/sync/EnrolDeviceDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace majakka;
using namespace majakka::ui;
using namespace majakka::ui::test;

namespace {

DevicesDialog* openDevices(SyncFixture& fixture)
{
    SyncActions& sync = fixture.sync();
    REQUIRE(sync.devicesAction()->isVisible());
    sync.devicesAction()->trigger();
    DevicesDialog* dialog = sync.devices().dialog();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    return dialog;
}

EnrolDeviceDialog* openEnrol(SyncFixture& fixture, DevicesDialog* devices)
{
    click(devices->enrolButton());
    EnrolDeviceDialog* enrol = fixture.sync().devices().enrolDialog();
    REQUIRE(enrol);
    REQUIRE(enrol->isVisible());
    replaceText(enrol->pathEdit(), fixture.phoneIdentityPath());
    REQUIRE(enrol->loadFile(fixture.phoneIdentityPath()));
    return enrol;
}

int rowOf(const QTableWidget* table, const QString& device)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == device) {
            return row;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("a caseworker does not see Devices; an administrator does", "[ui][sync]")
{
    {
        SyncFixture fixture;
        REQUIRE(fixture.unlockAs(SyncFixture::Caseworker));
        CHECK_FALSE(fixture.sync().devicesAction()->isVisible());
        CHECK(fixture.sync().menu()->menuAction()->isVisible());
        fixture.sync().showDevices();
        CHECK(fixture.sync().devices().dialog() == nullptr);
    }
    SyncFixture fixture;
    REQUIRE(fixture.unlockAs(SyncFixture::Administrator));
    CHECK(fixture.sync().devicesAction()->isVisible());
    CHECK(fixture.sync().devicesAction()->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+D")));
}

TEST_CASE("the devices dialog shows this device's fingerprint grouped to read aloud, and the trusted ones",
          "[ui][sync]")
{
    SyncFixture fixture;
    REQUIRE(fixture.unlockAs(SyncFixture::Administrator));
    DevicesDialog* dialog = openDevices(fixture);
    const std::string fingerprint = sync::SyncService(*fixture.controller().session()).fingerprint();
    const QStringList groups = QString::fromStdString(fingerprint).split(QLatin1Char(' '));
    REQUIRE(groups.size() == 6);
    CHECK(dialog->fingerprintLabel()->text()
          == groups.mid(0, 3).join(QStringLiteral("  ")) + QLatin1Char('\n')
              + groups.mid(3).join(QStringLiteral("  ")));
    QTableWidget* table = dialog->deviceTable();
    REQUIRE(table->rowCount() == 2);
    const int laptop = rowOf(table, QStringLiteral("Kaisa's laptop"));
    REQUIRE(laptop >= 0);
    CHECK(rowOf(table, QStringLiteral("Kaisa's tablet")) >= 0);
    CHECK(table->item(laptop, 1)->text() == QStringLiteral("The cases assigned to kaisa"));
    CHECK(table->item(laptop, 2)->text()
          == QString::fromStdString(sync::SyncService(*fixture.controller().session())
                                        .device(SyncFixture::LaptopName)
                                        .identity.fingerprint()));
    CHECK(table->item(laptop, 3)->text().endsWith(QStringLiteral(" by admin")));
    CHECK(table->item(laptop, 4)->text() == QStringLiteral("Trusted"));

    // This device's identity file, for the other side; never over a file.
    const QString out = QDir(fixture.folder()).filePath(QStringLiteral("office.majakka-device"));
    REQUIRE(fixture.sync().devices().exportIdentity(out));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(sync::PublicIdentity::fromFile(file.readAll().toStdString()).fingerprint() == fingerprint);
    CHECK_FALSE(fixture.sync().devices().exportIdentity(out));
    CHECK(dialog->errorLabel()->text().startsWith(QStringLiteral("A file with this name exists already.")));
}

TEST_CASE("enrolling with a wrong fingerprint shows the core's error and enrols nothing", "[ui][sync]")
{
    SyncFixture fixture;
    REQUIRE(fixture.unlockAs(SyncFixture::Administrator));
    DevicesDialog* devices = openDevices(fixture);
    EnrolDeviceDialog* enrol = openEnrol(fixture, devices);
    CHECK(enrol->fileInfoLabel()->text().startsWith(
        QStringLiteral("phone.majakka-device describes the device “Phone”")));
    CHECK(enrol->nameEdit()->text() == QStringLiteral("Phone"));
    // The file's fingerprint is nowhere in the dialog: it must come from the owner.
    const QString right = QString::fromStdString(SyncFixture::phoneFingerprint());
    CHECK_FALSE(enrol->fileInfoLabel()->text().contains(right));
    CHECK(enrol->fingerprintEdit()->text().isEmpty());

    QString wrong = right;
    wrong[0] = wrong[0] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    typeInto(enrol->fingerprintEdit(), wrong);
    click(enrol->enrolButton());
    CHECK(enrol->isVisible());
    CHECK(enrol->errorLabel()->text().startsWith(QStringLiteral(
        "The fingerprint does not match this identity file. Compare it again with the device's "
        "owner. Nothing was enrolled.")));
    CHECK(enrol->errorLabel()->text().contains(
        QStringLiteral("the fingerprint given does not match the identity in the file")));
    CHECK(sync::SyncService(*fixture.controller().session()).devices().size() == 2);
    CHECK(devices->deviceTable()->rowCount() == 2);

    // Typed right (spaces as one likes), the same dialog enrols it.
    replaceText(enrol->fingerprintEdit(), QString(right).remove(QLatin1Char(' ')));
    click(enrol->enrolButton());
    CHECK_FALSE(enrol->isVisible());
    CHECK(devices->deviceTable()->rowCount() == 3);
    CHECK(rowOf(devices->deviceTable(), QStringLiteral("Phone")) >= 0);
    CHECK(sync::SyncService(*fixture.controller().session()).device("Phone").identity.fingerprint()
          == SyncFixture::phoneFingerprint());
}

TEST_CASE("enrolling a laptop for a worker records whose cases it receives", "[ui][sync]")
{
    SyncFixture fixture;
    REQUIRE(fixture.unlockAs(SyncFixture::Administrator));
    EnrolDeviceDialog* enrol = openEnrol(fixture, openDevices(fixture));
    CHECK_FALSE(enrol->workerBox()->isEnabled());
    enrol->casesBox()->setCurrentIndex(
        enrol->casesBox()->findData(static_cast<int>(EnrolDeviceDialog::Cases::Worker)));
    CHECK(enrol->workerBox()->isEnabled());
    enrol->workerBox()->setCurrentIndex(enrol->workerBox()->findData(SyncFixture::Caseworker));
    typeInto(enrol->fingerprintEdit(), QString::fromStdString(SyncFixture::phoneFingerprint()));
    click(enrol->enrolButton());
    const sync::TrustedDevice phone = sync::SyncService(*fixture.controller().session()).device("Phone");
    CHECK(phone.worker == std::optional<std::string>("kaisa"));
    CHECK_FALSE(phone.office.has_value());
}

TEST_CASE("revoking a device asks first, and a revoked device's packages are refused", "[ui][sync]")
{
    SyncFixture fixture;
    const QString package = fixture.laptopPackage("Laptopinen");
    REQUIRE(fixture.unlockAs(SyncFixture::Administrator));
    DevicesDialog* devices = openDevices(fixture);
    const int laptop = rowOf(devices->deviceTable(), QStringLiteral("Kaisa's laptop"));
    REQUIRE(laptop >= 0);
    devices->deviceTable()->selectRow(laptop);
    REQUIRE(devices->revokeButton()->isEnabled());

    click(devices->revokeButton());
    QMessageBox* question = devices->revokeQuestion();
    REQUIRE(question);
    CHECK(question->text().startsWith(QStringLiteral("Revoke Kaisa's laptop?")));
    click(question->button(QMessageBox::Cancel));
    CHECK_FALSE(
        sync::SyncService(*fixture.controller().session()).device(SyncFixture::LaptopName).isRevoked());

    click(devices->revokeButton());
    question = devices->revokeQuestion();
    REQUIRE(question);
    click(question->button(QMessageBox::Yes));
    CHECK(sync::SyncService(*fixture.controller().session()).device(SyncFixture::LaptopName).isRevoked());
    const int revoked = rowOf(devices->deviceTable(), QStringLiteral("Kaisa's laptop"));
    REQUIRE(revoked >= 0);
    devices->deviceTable()->selectRow(revoked);
    CHECK(devices->deviceTable()->item(revoked, 4)->text().startsWith(QStringLiteral("Revoked ")));
    CHECK_FALSE(devices->revokeButton()->isEnabled());

    devices->reject();
    ImportPreviewDialog* preview = previewThroughDialog(fixture, package);
    CHECK(preview->state() == ImportPreviewDialog::State::Failed);
}
