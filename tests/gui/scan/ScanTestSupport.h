#pragma once

#include "ScanPage.h"
#include "ui/ScanDocument.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QImage>
#include <QSettings>
#include <QTest>
#include <cmath>
#include <limits>
#include <poppler-qt6.h>

namespace motcua::scan::test {

template <typename T>
T* child(QWidget* root, const char* name)
{
    T* w = root->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// Picks a combo entry by its data as the official would (activated() fires, as on a click).
inline bool choose(QComboBox* combo, const QVariant& data)
{
    const int i = combo->findData(data);
    if (i < 0)
        return false;
    combo->setCurrentIndex(i);
    emit combo->activated(i);
    return true;
}

// QSettings (remembered devices and options) under the test's own name, in the test's private HOME.
inline void nameTestApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("MotCua Desk Test"));
}

// Forget what earlier tests remembered (last device, per-device options).
inline void forgetScanSettings()
{
    QSettings settings;
    settings.remove(QStringLiteral("scan"));
}

// Mean absolute difference of two pages, compared as small gray thumbnails; "infinite" when one is
// portrait and the other landscape.
inline double pageDistance(const QImage& a, const QImage& b)
{
    if ((a.width() > a.height()) != (b.width() > b.height()))
        return std::numeric_limits<double>::infinity();
    const QSize size = a.width() > a.height() ? QSize(96, 68) : QSize(68, 96);
    const QImage x =
        a.convertToFormat(QImage::Format_Grayscale8).scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage y =
        b.convertToFormat(QImage::Format_Grayscale8).scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    double sum = 0;
    for (int row = 0; row < size.height(); ++row) {
        const uchar* p = x.constScanLine(row);
        const uchar* q = y.constScanLine(row);
        for (int col = 0; col < size.width(); ++col)
            sum += std::abs(int(p[col]) - int(q[col]));
    }
    return sum / (size.width() * size.height());
}

inline QImage rotated(const QImage& image, int degreesClockwise)
{
    return degreesClockwise == 0 ? image : image.transformed(QTransform().rotate(degreesClockwise));
}

inline std::unique_ptr<Poppler::Document> openPdf(const QString& path)
{
    return Poppler::Document::load(path);
}

} // namespace motcua::scan::test
