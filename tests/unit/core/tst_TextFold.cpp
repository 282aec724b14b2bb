#include "TextFold.h"

#include <QTest>

using namespace motcua;

class TestTextFold : public QObject
{
    Q_OBJECT
private slots:
    void foldsVietnameseIncludingDStroke_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folded");
        QTest::newRow("name") << QStringLiteral("Đặng Văn Ánh") << QStringLiteral("dang van anh");
        QTest::newRow("lower đ") << QStringLiteral("đường Điện Biên Phủ") << QStringLiteral("duong dien bien phu");
        QTest::newRow("all tones") << QStringLiteral("à á ả ã ạ ằ ắ ẳ ẵ ặ ầ ấ ẩ ẫ ậ")
                                   << QStringLiteral("a a a a a a a a a a a a a a a");
        QTest::newRow("ơ ư") << QStringLiteral("Nguyễn Thị Thuỷ Ơn Ưng") << QStringLiteral("nguyen thi thuy on ung");
        QTest::newRow("punctuation") << QStringLiteral("Số 12, ngõ 3/4 - Phường Đông")
                                     << QStringLiteral("so 12 ngo 3 4 phuong dong");
        QTest::newRow("decomposed input") << QString::fromUtf8("D\u0306\u0323") << QStringLiteral("d");
        QTest::newRow("spaces") << QStringLiteral("  Lê   Lợi ") << QStringLiteral("le loi");
    }
    void foldsVietnameseIncludingDStroke()
    {
        QFETCH(QString, input);
        QFETCH(QString, folded);
        QCOMPARE(foldForSearch(input), folded);
    }

    void nfcComposes()
    {
        const QString decomposed = QString::fromUtf8("A\u0301nh");
        QCOMPARE(normalizeNfc(decomposed), QStringLiteral("Ánh"));
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_TextFold.moc"
