#pragma once

#include "Result.h"

#include <QByteArray>
#include <QImage>

namespace motcua::cccd {

// A drawn, obviously artificial face (shapes, no photograph) for fixtures and demo mode, encoded as JPEG
// or JPEG 2000. The seed varies colours and proportions so different citizens look different.
class SyntheticFace
{
public:
    static QImage draw(int seed, const QSize& size = QSize(240, 320));
    // JPEG at quality 85, or as close as possible to `targetBytes` when it is positive (adds texture).
    static Result<QByteArray> jpeg(int seed, int targetBytes = 0);
    static Result<QByteArray> jpeg2000(int seed);
};

} // namespace motcua::cccd
