#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <string>

namespace majakka::ui {

// Devices and whose cases they receive, in words, for the sync screens.
class DeviceText
{
    Q_DECLARE_TR_FUNCTIONS(DeviceText)

public:
    // "All cases", "The cases assigned to kaisa", "The cases of the Oulu office".
    static QString cases(const std::optional<std::string>& worker, const std::optional<std::string>& office);
    // "04917 55120 88213\n11234 …": the fingerprint's six groups in two lines
    // of three, to read aloud group by group.
    static QString fingerprintLines(const std::string& fingerprint);
    // A device's name as part of a file name: "Kaisa's laptop" -> "kaisa-s-laptop".
    static QString fileNamePart(const QString& deviceName);
};

} // namespace majakka::ui
