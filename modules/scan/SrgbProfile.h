#pragma once

#include <QByteArray>

namespace motcua::scan {

// A compact ICC v2 display profile for sRGB (IEC 61966-2.1): D50-adapted primaries and the sRGB tone curve
// as a 1024-point table. Built in code because Debian ships no sRGB profile in the packages the desk
// depends on; it is the PDF/A OutputIntent's DestOutputProfile.
class SrgbProfile
{
public:
    static QByteArray bytes();
};

} // namespace motcua::scan
