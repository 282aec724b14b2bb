#include "MrzLiveCheck.h"

#include <QTest>

using namespace motcua::cccd;

class TestMrzLiveCheck : public QObject
{
    Q_OBJECT
private:
    const QStringList m_lines{QStringLiteral("IDVNM0950123455001095012345<<6"),
                              QStringLiteral("9503157M3503155VNM<<<<<<<<<<<2"),
                              QStringLiteral("NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<")};

    static QList<MrzLiveCheck::State> states(const QList<MrzLiveCheck::Field>& fields)
    {
        QList<MrzLiveCheck::State> out;
        for (const auto& f : fields)
            out << f.state;
        return out;
    }

private slots:
    void validLines()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY2(MrzLiveCheck::allValid(MrzLiveCheck::check(i, m_lines)), qPrintable(QString::number(i)));
    }

    void partialLineReportsWhatIsKnown()
    {
        QStringList lines = m_lines;
        lines[0] = QStringLiteral("IDVNM0950123455001"); // document number + its digit typed so far
        using S = MrzLiveCheck::State;
        QCOMPARE(states(MrzLiveCheck::check(0, lines)), (QList<S>{S::Valid, S::Incomplete}));
        lines[1] = QStringLiteral("9503158"); // wrong DOB check digit
        QCOMPARE(states(MrzLiveCheck::check(1, lines)), (QList<S>{S::Invalid, S::Incomplete, S::Incomplete}));
    }

    void typosAreCaught()
    {
        QStringList lines = m_lines;
        lines[1][3] = QLatin1Char('4'); // DOB 950415: its digit and the composite no longer match
        using S = MrzLiveCheck::State;
        QCOMPARE(states(MrzLiveCheck::check(1, lines)), (QList<S>{S::Invalid, S::Valid, S::Invalid}));
        lines = m_lines;
        lines[0][10] = QLatin1Char('9');
        QCOMPARE(states(MrzLiveCheck::check(0, lines)).first(), S::Invalid);
    }

    void lowerCaseAndSpacesAreNormalised()
    {
        QStringList lines = m_lines;
        lines[2] = QStringLiteral("nguyen<<van<an");
        QVERIFY(MrzLiveCheck::allValid(MrzLiveCheck::check(2, lines)));
        QVERIFY(MrzLiveCheck::summary(MrzLiveCheck::check(0, m_lines)).contains(QStringLiteral("✓")));
    }
};

QTEST_GUILESS_MAIN(TestMrzLiveCheck)
#include "tst_MrzLiveCheck.moc"
