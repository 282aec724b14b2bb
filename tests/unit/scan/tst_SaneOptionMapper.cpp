#include "scan/SaneOptionMapper.h"

#include <QTest>

using namespace motcua::scan;
using Opt = SaneOptionInfo;

// Option dumps as recorded from SANE backends (names, constraints), trimmed to what the mapping reads.
namespace {

Opt strings(const char* name, QStringList values)
{
    Opt o;
    o.name = QString::fromLatin1(name);
    o.type = Opt::Type::String;
    o.constraint = Opt::Constraint::StringList;
    o.strings = std::move(values);
    return o;
}

Opt range(const char* name, Opt::Unit unit, double lo, double hi, Opt::Type type = Opt::Type::Fixed)
{
    Opt o;
    o.name = QString::fromLatin1(name);
    o.type = type;
    o.unit = unit;
    o.constraint = Opt::Constraint::Range;
    o.rangeMin = lo;
    o.rangeMax = hi;
    return o;
}

Opt words(const char* name, QList<double> values)
{
    Opt o;
    o.name = QString::fromLatin1(name);
    o.type = Opt::Type::Int;
    o.unit = Opt::Unit::Dpi;
    o.constraint = Opt::Constraint::WordList;
    o.words = std::move(values);
    return o;
}

QList<Opt> testBackend()
{
    return {strings("mode", {"Gray", "Color"}), range("resolution", Opt::Unit::Dpi, 1, 1200),
            strings("source", {"Flatbed", "Automatic Document Feeder"}), range("br-x", Opt::Unit::Mm, 0, 300),
            range("br-y", Opt::Unit::Mm, 0, 300)};
}

QList<Opt> fujitsu()
{
    return {strings("source", {"ADF Front", "ADF Back", "ADF Duplex"}),
            strings("mode", {"Lineart", "Halftone", "Gray", "Color"}),
            words("resolution", {50, 100, 150, 200, 300, 600}), range("br-x", Opt::Unit::Mm, 0, 215.8),
            range("br-y", Opt::Unit::Mm, 0, 355.6)};
}

QList<Opt> epson()
{
    return {strings("source", {"Flatbed", "ADF Simplex", "ADF Duplex"}), strings("mode", {"Binary", "Gray", "Color"}),
            words("resolution", {75, 150, 300, 600, 1200}), range("br-x", Opt::Unit::Mm, 0, 215.9),
            range("br-y", Opt::Unit::Mm, 0, 297.1)};
}

QList<Opt> hpFlatbedOnly()
{
    return {strings("mode", {"Lineart", "Grayscale", "24bit Color"}), words("resolution", {75, 100, 200, 300}),
            range("br-x", Opt::Unit::Mm, 0, 215.9), range("br-y", Opt::Unit::Mm, 0, 296.9)};
}

QStringList names(const QList<ScanSource>& sources)
{
    QStringList n;
    for (ScanSource s : sources)
        n << toString(s);
    return n;
}

} // namespace

class TestSaneOptionMapper : public QObject
{
    Q_OBJECT
private slots:
    void testBackendMapping()
    {
        const SaneOptionMapper m(testBackend());
        const auto caps = m.capabilities();
        QCOMPARE(names(caps.sources), names(QList<ScanSource>{ScanSource::Flatbed, ScanSource::Feeder}));
        QVERIFY(caps.supports(ColorMode::Color) && caps.supports(ColorMode::Gray) &&
                caps.supports(ColorMode::BlackWhite));
        QCOMPARE((m.sourceValue(ScanSource::Feeder)).value_or(QStringLiteral("<none>")),
                 QStringLiteral("Automatic Document Feeder"));
        QVERIFY(!m.sourceValue(ScanSource::Duplex));
        QCOMPARE((m.modeValue(ColorMode::BlackWhite)).value_or(QStringLiteral("<none>")), QStringLiteral("Gray"));
        QCOMPARE(m.resolutionValue(300), 300);
        QCOMPARE(caps.minResolution, 1);
        QCOMPARE(caps.maxResolution, 1200);
        QVERIFY(caps.fits(PageSize::A4));
        QVERIFY(!caps.fits(PageSize::A3));
    }

    void sheetfedWithDuplex()
    {
        const SaneOptionMapper m(fujitsu());
        const auto caps = m.capabilities();
        QCOMPARE(names(caps.sources), names(QList<ScanSource>{ScanSource::Feeder, ScanSource::Duplex}));
        QCOMPARE((m.sourceValue(ScanSource::Feeder)).value_or(QStringLiteral("<none>")), QStringLiteral("ADF Front"));
        QCOMPARE((m.sourceValue(ScanSource::Duplex)).value_or(QStringLiteral("<none>")), QStringLiteral("ADF Duplex"));
        QVERIFY(!m.sourceValue(ScanSource::Flatbed));
        QCOMPARE((m.modeValue(ColorMode::Color)).value_or(QStringLiteral("<none>")), QStringLiteral("Color"));
        QCOMPARE(m.resolutionValue(250), 200); // nearest of the device's list, lower on a tie-break
        QCOMPARE(m.resolutionValue(1200), 600);
        QVERIFY(caps.fits(PageSize::A4));
    }

    void flatbedWithFeeder()
    {
        const SaneOptionMapper m(epson());
        QCOMPARE(names(m.capabilities().sources),
                 names(QList<ScanSource>{ScanSource::Flatbed, ScanSource::Feeder, ScanSource::Duplex}));
        QCOMPARE((m.sourceValue(ScanSource::Feeder)).value_or(QStringLiteral("<none>")), QStringLiteral("ADF Simplex"));
        QCOMPARE((m.modeValue(ColorMode::Gray)).value_or(QStringLiteral("<none>")), QStringLiteral("Gray"));
    }

    void deviceWithoutSourceIsAFlatbed()
    {
        const SaneOptionMapper m(hpFlatbedOnly());
        QCOMPARE(names(m.capabilities().sources), names(QList<ScanSource>{ScanSource::Flatbed}));
        QCOMPARE((m.sourceValue(ScanSource::Flatbed)).value_or(QStringLiteral("<none>")), QString()); // nothing to set
        QVERIFY(!m.sourceValue(ScanSource::Feeder));
        QCOMPARE((m.modeValue(ColorMode::Color)).value_or(QStringLiteral("<none>")), QStringLiteral("24bit Color"));
        QCOMPARE((m.modeValue(ColorMode::Gray)).value_or(QStringLiteral("<none>")), QStringLiteral("Grayscale"));
        QVERIFY(m.capabilities().fits(PageSize::A4)); // 296.9 mm is within the 2 mm tolerance
    }

    void inactiveOptionsAreIgnored()
    {
        auto options = testBackend();
        options[2].active = false; // source
        const SaneOptionMapper m(options);
        QCOMPARE(names(m.capabilities().sources), names(QList<ScanSource>{ScanSource::Flatbed}));
    }

    void valueMatchingIsByKeyword()
    {
        QCOMPARE((SaneOptionMapper::matchSource({QStringLiteral("Normal"), QStringLiteral("ADF")}, ScanSource::Flatbed))
                     .value_or(QStringLiteral("<none>")),
                 QStringLiteral("Normal"));
        QVERIFY(!(SaneOptionMapper::matchSource({QStringLiteral("Document Table"), QStringLiteral("ADF Back")},
                                                ScanSource::Feeder)));
        QCOMPARE((SaneOptionMapper::matchMode({QStringLiteral("Black & White"), QStringLiteral("True Gray")},
                                              ColorMode::Gray))
                     .value_or(QStringLiteral("<none>")),
                 QStringLiteral("True Gray"));
    }
};

QTEST_GUILESS_MAIN(TestSaneOptionMapper)
#include "tst_SaneOptionMapper.moc"
