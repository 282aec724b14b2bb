#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace motcua::scan {

// One scanner as a backend reports it. `name` is what the backend opens (SANE "test:0", "demo:feeder").
struct ScannerDevice
{
    QString name;
    QString vendor;
    QString model;
    QString type;    // "flatbed scanner", "sheetfed scanner", ...
    QString backend; // "sane", "demo"
};

} // namespace motcua::scan

Q_DECLARE_METATYPE(motcua::scan::ScannerDevice)
