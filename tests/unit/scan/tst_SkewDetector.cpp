#include "scan/DemoFormRenderer.h"
#include "scan/ImageRotator.h"
#include "scan/PageAnalysis.h"
#include "scan/SkewDetector.h"

#include <QTest>

using namespace motcua::scan;

// Rotated fixtures are generated at test time from the demo form, so the true angle is known exactly.
class TestSkewDetector : public QObject
{
    Q_OBJECT

    static constexpr int kDpi = 200;
    QImage m_upright;

    static double measure(const QImage& gray, int dpi)
    {
        const QImage small = PageAnalysis::downscale(gray, qMax(1, dpi / 100));
        return SkewDetector::estimate(small, PageAnalysis::otsuThreshold(small)).degrees;
    }

private slots:
    void initTestCase() { m_upright = DemoFormRenderer::renderForm(0, PageSize::A4, kDpi, ColorMode::Gray); }

    void measuresKnownRotation_data()
    {
        QTest::addColumn<double>("angle");
        for (double a : {-4.0, -2.1, -1.0, -0.4, 0.0, 0.3, 0.8, 1.7, 3.2})
            QTest::addRow("%+.1f deg", a) << a;
    }

    void measuresKnownRotation()
    {
        QFETCH(double, angle);
        const QImage skewed = DemoFormRenderer::skewed(m_upright, angle);
        const double measured = measure(skewed, kDpi);
        QVERIFY2(std::abs(measured - angle) <= 0.5,
                 qPrintable(QStringLiteral("true %1°, measured %2°").arg(angle).arg(measured)));
        // Tighter than the requirement: the refinement step is 0.025°.
        QVERIFY2(std::abs(measured - angle) <= 0.2,
                 qPrintable(QStringLiteral("true %1°, measured %2°").arg(angle).arg(measured)));
    }

    void rotatorUndoesSkew()
    {
        const QImage skewed = DemoFormRenderer::skewed(m_upright, 1.5);
        const double measured = measure(skewed, kDpi);
        const QImage fixed = ImageRotator::rotate(skewed, -measured);
        QCOMPARE(fixed.size(), skewed.size());
        QCOMPARE(fixed.format(), QImage::Format_Grayscale8);
        QVERIFY(std::abs(measure(fixed, kDpi)) <= 0.2);
    }

    void rotatorDirectionMatchesRenderer()
    {
        // A positive angle turns content counter-clockwise in both the renderer and the rotator: rotating the
        // upright page by +2° with either must give nearly the same picture.
        const QImage a = DemoFormRenderer::skewed(m_upright, 2.0, Qt::white);
        const QImage b = ImageRotator::rotate(m_upright, 2.0);
        qint64 diff = 0;
        for (int y = 200; y < a.height() - 200; y += 7) {
            for (int x = 200; x < a.width() - 200; x += 7)
                diff += std::abs(a.constScanLine(y)[x] - b.constScanLine(y)[x]);
        }
        const qint64 samples = qint64((a.height() - 400) / 7) * ((a.width() - 400) / 7);
        QVERIFY2(diff / samples < 8, qPrintable(QString::number(double(diff) / samples)));
    }

    void blankPageHasNoSkew()
    {
        const QImage blank = DemoFormRenderer::renderBlank(PageSize::A4, kDpi, ColorMode::Gray, 3);
        const QImage small = PageAnalysis::downscale(blank, 2);
        const auto estimate = SkewDetector::estimate(small, PageAnalysis::otsuThreshold(small));
        QCOMPARE(estimate.degrees, 0.0);
        QCOMPARE(estimate.confidence, 0.0);
    }

    void quarterTurns()
    {
        QImage img(30, 20, QImage::Format_Grayscale8);
        img.fill(255);
        img.setPixel(0, 0, qRgb(0, 0, 0)); // top-left marker
        const QImage r = ImageRotator::rotateQuarter(img, 90);
        QCOMPARE(r.size(), QSize(20, 30));
        QCOMPARE(qGray(r.pixel(19, 0)), 0); // clockwise: top-left goes to top-right
        QCOMPARE(ImageRotator::rotateQuarter(img, 360).size(), img.size());
    }
};

QTEST_MAIN(TestSkewDetector)
#include "tst_SkewDetector.moc"
