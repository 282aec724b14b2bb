#include "scan/ScanWorkerProtocol.h"

#include <QCborArray>
#include <QTest>
#include <QtEndian>

using namespace motcua;
using namespace motcua::scan;
using namespace motcua::scan::worker;

// The desk <-> motcua-scan-worker framing: what goes in comes out, in any slicing of the byte stream, and
// whatever is not a frame is garbage at once (docs/SCANNING.md, "Protocol").
class TestScanWorkerProtocol : public QObject
{
    Q_OBJECT

    static QByteArray header(quint32 messageLength, quint32 dataLength)
    {
        QByteArray h("MCSW");
        char lengths[8];
        qToBigEndian(messageLength, lengths);
        qToBigEndian(dataLength, lengths + 4);
        return h + QByteArray(lengths, 8);
    }

    static QImage testImage(int width, int height, QImage::Format format)
    {
        QImage image(width, height, format);
        for (int y = 0; y < height; ++y) {
            uchar* line = image.scanLine(y);
            const int bytes = width * (format == QImage::Format_RGB888 ? 3 : 1);
            for (int x = 0; x < bytes; ++x)
                line[x] = uchar((x * 7 + y * 13) & 0xff);
        }
        return image;
    }

private slots:
    void settingsDevicesCapabilitiesErrorsRoundTrip()
    {
        ScanSettings s;
        s.source = ScanSource::Duplex;
        s.mode = ColorMode::BlackWhite;
        s.resolution = 200;
        s.pageSize = PageSize::A5;
        s.maxPages = 7;
        s.deviceOptions.insert(QStringLiteral("read-return-value"), QStringLiteral("SANE_STATUS_JAMMED"));
        const ScanSettings t = settingsFromCbor(toCbor(s));
        QCOMPARE(toString(t.source), toString(s.source));
        QCOMPARE(toString(t.mode), toString(s.mode));
        QCOMPARE(t.resolution, 200);
        QCOMPARE(toString(t.pageSize), toString(PageSize::A5));
        QCOMPARE(t.maxPages, 7);
        QCOMPARE(t.deviceOptions, s.deviceOptions);

        const ScannerDevice d{QStringLiteral("test:0"), QStringLiteral("Noname"), QStringLiteral("frontend-tester"),
                              QStringLiteral("virtual device"), QStringLiteral("sane")};
        const ScannerDevice e = deviceFromCbor(toCbor(d));
        QCOMPARE(e.name, d.name);
        QCOMPARE(e.model, d.model);
        QCOMPARE(e.backend, d.backend);

        DeviceCapabilities c;
        c.sources = {ScanSource::Flatbed, ScanSource::Feeder};
        c.modes = {ColorMode::Color, ColorMode::Gray};
        c.resolutions = {75, 150, 300};
        c.minResolution = 75;
        c.maxResolution = 600;
        c.maxWidthMm = 215.9;
        c.maxHeightMm = 297;
        const DeviceCapabilities c2 = capabilitiesFromCbor(toCbor(c));
        QVERIFY(c2.sources == c.sources);
        QVERIFY(c2.modes == c.modes);
        QCOMPARE(c2.resolutions, c.resolutions);
        QCOMPARE(c2.maxResolution, 600);
        QCOMPARE(c2.maxWidthMm, 215.9);

        const Error error = errorFromCbor(toCbor(Error{QStringLiteral("scan.io_error"), QStringLiteral("x")}));
        QCOMPARE(error.code, QStringLiteral("scan.io_error"));
        QCOMPARE(ScanError::codeFromString(QStringLiteral("scan.driver_stopped")), ScanError::DriverStopped);
        QCOMPARE(ScanError::codeFromString(QStringLiteral("scan.jammed")), ScanError::Jammed);
        QCOMPARE(ScanError::codeFromString(QStringLiteral("no such code")), ScanError::Internal);
    }

    void pagesRoundTripInAnySlicing_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("slice");
        QTest::newRow("gray, padded rows, byte by byte") << 827 << int(QImage::Format_Grayscale8) << 1;
        QTest::newRow("gray, unpadded, 1000-byte pieces") << 828 << int(QImage::Format_Grayscale8) << 1000;
        QTest::newRow("rgb, whole stream") << 437 << int(QImage::Format_RGB888) << 0;
    }

    void pagesRoundTripInAnySlicing()
    {
        QFETCH(int, width);
        QFETCH(int, format);
        QFETCH(int, slice);
        ScannedPage page;
        page.index = 3;
        page.dpi = 150;
        page.backSide = true;
        page.image = testImage(width, 41, QImage::Format(format));
        const PageFrame frame = pageFrame(9, page);
        const QByteArray finished =
            encodeFrame(finishedMessage(9, ScanError(ScanError::Jammed, QStringLiteral("sane_read")), 4));
        const QByteArray stream = encodeFrameHead(frame.message, frame.rows.size()) + frame.rows + finished;

        FrameReader reader;
        QList<QCborMap> messages;
        std::optional<ScannedPage> received;
        auto drain = [&] {
            for (;;) {
                QCborMap message;
                QByteArray data;
                const auto status = reader.next(&message, &data);
                QVERIFY(status != FrameReader::Status::Garbage);
                if (status == FrameReader::Status::NeedMore)
                    return;
                messages.append(message);
                if (message.value(QStringLiteral("t")).toString() == msg::Page) {
                    QString problem;
                    received = pageFromFrame(message, data, &problem);
                    QVERIFY2(received, qPrintable(problem));
                }
            }
        };
        const int step = slice > 0 ? slice : int(stream.size());
        for (qsizetype at = 0; at < stream.size(); at += step) {
            reader.append(stream.mid(at, step));
            drain();
        }
        QCOMPARE(messages.size(), 2);
        QVERIFY(received);
        QCOMPARE(received->index, 3);
        QCOMPARE(received->dpi, 150);
        QVERIFY(received->backSide);
        QCOMPARE(int(received->image.format()), format);
        QCOMPARE(received->image, page.image);
        const QCborMap end = messages.last();
        QCOMPARE(end.value(QStringLiteral("t")).toString(), msg::Finished);
        QCOMPARE(end.value(QStringLiteral("code")).toString(), QStringLiteral("scan.jammed"));
        QCOMPARE(end.value(QStringLiteral("pages")).toInteger(), 4);
        QCOMPARE(reader.buffered(), 0);
    }

    void garbageIsCaughtAtOnce_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("a crash message") << QByteArray("Segmentation fault\n");
        QTest::newRow("three wrong bytes") << QByteArray("Seg");
        QTest::newRow("message over the limit") << header(2 * 1024 * 1024, 0);
        QTest::newRow("data over the limit") << header(1, 0x7fffffff);
        QTest::newRow("not CBOR") << header(2, 0) + QByteArray("\xff\xff", 2);
        QTest::newRow("CBOR, not a map") << header(1, 0) + QByteArray("\x01", 1);
        const QByteArray untyped = QCborMap{{QStringLiteral("id"), 1}}.toCborValue().toCbor();
        QTest::newRow("a map without a type") << header(quint32(untyped.size()), 0) + untyped;
    }

    void garbageIsCaughtAtOnce()
    {
        QFETCH(QByteArray, bytes);
        FrameReader reader;
        reader.append(bytes);
        QCborMap message;
        QByteArray data;
        QCOMPARE(reader.next(&message, &data), FrameReader::Status::Garbage);
        QVERIFY(!reader.problem().isEmpty());
        // Out of step for good: even a good frame after it is not read.
        reader.append(encodeFrame({{QStringLiteral("t"), msg::Idle}, {QStringLiteral("id"), 1}}));
        QCOMPARE(reader.next(&message, &data), FrameReader::Status::Garbage);
    }

    void pageWhoseSizeLiesIsRefused()
    {
        ScannedPage page;
        page.image = testImage(100, 10, QImage::Format_Grayscale8);
        PageFrame frame = pageFrame(1, page);
        QString problem;
        QVERIFY(!pageFromFrame(frame.message, frame.rows.left(999), &problem));
        QVERIFY(problem.contains(QLatin1String("999")));
        frame.message.insert(QStringLiteral("format"), QStringLiteral("cmyk"));
        QVERIFY(!pageFromFrame(frame.message, frame.rows, &problem));
    }
};

QTEST_GUILESS_MAIN(TestScanWorkerProtocol)
#include "tst_ScanWorkerProtocol.moc"
