// Every desk form rendered to PDF and read back through Poppler: paper size, the Vietnamese text a
// citizen reads (code, names, times with hour and minute, components), embedded fonts, the QR code
// and the demo watermark on every page. Set MOTCUA_FORMS_DUMP=<dir> to keep the PDFs for a look.

#include "FormFonts.h"
#include "FormRenderer.h"
#include "IntakeFixtures.h"
#include "PdfInspect.h"

#include <QDir>
#include <QFile>
#include <QTest>

#ifdef MOTCUA_HAVE_ZXING
#define ZX_USE_UTF8 1
#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>
#endif

using namespace motcua;
using namespace motcua::intake;
using namespace motcua::test;

class tst_FormRenderer : public QObject
{
    Q_OBJECT

private:
    static PdfInspect renderAndLoad(FormKind kind, const FormInput& input)
    {
        auto pdf = FormRenderer::render(kind, input);
        if (!pdf) {
            qWarning() << pdf.error().code << pdf.error().message;
            return {};
        }
        const QString dump = qEnvironmentVariable("MOTCUA_FORMS_DUMP");
        if (!dump.isEmpty()) {
            QDir().mkpath(dump);
            QFile file(dump + QLatin1Char('/') + formKindKey(kind) +
                       (input.demo ? QStringLiteral("-demo") : QString()) + QStringLiteral(".pdf"));
            if (file.open(QIODevice::WriteOnly))
                file.write(*pdf);
        }
        return PdfInspect::load(*pdf);
    }

    static void verifyA5Portrait(const PdfInspect& pdf)
    {
        for (int i = 0; i < pdf.pages(); ++i) {
            const QSizeF size = pdf.pageSizeMm(i);
            QVERIFY2(qAbs(size.width() - 148) < 1 && qAbs(size.height() - 210) < 1,
                     qPrintable(QStringLiteral("page %1 is %2×%3 mm").arg(i).arg(size.width()).arg(size.height())));
        }
    }

private slots:
    void initTestCase() { QVERIFY(FormFonts::ensureLoaded()); }

    void receiptHasEveryField()
    {
        const FormInput input = birthFormInput();
        const PdfInspect pdf = renderAndLoad(FormKind::Receipt, input);
        QVERIFY(pdf.ok());
        QCOMPARE(pdf.pages(), 1);
        verifyA5Portrait(pdf);
        QVERIFY(pdf.allFontsEmbedded());
        const QString text = pdf.text();
        const QStringList expected{
            QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
            QStringLiteral("UBND XÃ TÂN LẬP"),
            QStringLiteral("Tân Lập, ngày 05 tháng 03 năm 2026"),
            QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
            QStringLiteral("TAM-Q01-260305-0007"),
            QStringLiteral("Mã tạm"),
            QStringLiteral("Nguyễn Thị Hương"),
            QStringLiteral("001190012345"),
            QStringLiteral("Thôn Đông, xã Tân Lập, tỉnh Phú Thọ"),
            QStringLiteral("0912345678"),
            QStringLiteral("Đăng ký khai sinh (1.001193)"),
            QStringLiteral("Tờ khai đăng ký khai sinh (theo mẫu)"),
            QStringLiteral("Giấy chứng sinh"),
            QStringLiteral("Căn cước của người đi đăng ký"),
            QStringLiteral("Bản chính"),
            QStringLiteral("Bản sao"),
            QStringLiteral("Tái sử dụng"),
            QStringLiteral("Xuất trình"),
            QStringLiteral("01 ngày làm việc"),
            QStringLiteral("09 giờ 15 phút, ngày 05 tháng 03 năm 2026"),
            QStringLiteral("09 giờ 15 phút, ngày 06 tháng 03 năm 2026"),
            QStringLiteral("Miễn phí"),
            QStringLiteral("Bộ phận Tiếp nhận và Trả kết quả"),
            QStringLiteral("Quyển số"),
            QStringLiteral("NGƯỜI NỘP HỒ SƠ"),
            QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"),
            QStringLiteral("Lê Văn Cán"),
        };
        for (const QString& e : expected)
            QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(e, text)));
        QVERIFY(!text.contains(QStringLiteral("DEMO")));
    }

    void receiptSaysWhenTheCodeIsOfficial()
    {
        FormInput input = birthFormInput();
        input.dossier.code = QStringLiteral("H99.01.01-260305-0012");
        input.dossier.codeProvisional = false;
        const QString text = renderAndLoad(FormKind::Receipt, input).text();
        QVERIFY(text.contains(QStringLiteral("H99.01.01-260305-0012")));
        QVERIFY(text.contains(QStringLiteral("Mã chính thức")));
        QVERIFY(!text.contains(QStringLiteral("Mã tạm")));
    }

    void receiptShowsTheAuthoriser()
    {
        FormInput input = birthFormInput();
        Applicant rep;
        rep.fullName = QStringLiteral("Phạm Quốc Đạt");
        rep.idNumber = QStringLiteral("025088001122");
        rep.address = QStringLiteral("Phường Hòa Bình");
        input.dossier.representative = rep;
        const QString text = renderAndLoad(FormKind::Receipt, input).text();
        QVERIFY(text.contains(QStringLiteral("Phạm Quốc Đạt")));
        QVERIFY(text.contains(QStringLiteral("người ủy quyền")));
        QVERIFY(text.contains(QStringLiteral("Nguyễn Thị Hương")));
        QVERIFY(text.contains(QStringLiteral("Văn bản ủy quyền")));
    }

    void receiptQrCodeCarriesTheDossierCode()
    {
        const FormInput input = birthFormInput();
        const PdfInspect pdf = renderAndLoad(FormKind::Receipt, input);
        QVERIFY(pdf.ok());
        const QImage page = pdf.image(0, 200).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!page.isNull());
        // The QR code sits at the top right, below the header: the area must hold dark modules.
        const QRect corner(page.width() * 3 / 4, page.height() / 8, page.width() / 4, page.height() / 4);
        int dark = 0;
        for (int y = corner.top(); y < corner.bottom(); ++y)
            for (int x = corner.left(); x < corner.right(); ++x)
                dark += qGray(page.pixel(x, y)) < 100 ? 1 : 0;
        QVERIFY2(dark > corner.width() * corner.height() / 30, "no QR code found top right");
#ifdef MOTCUA_HAVE_ZXING
        const QImage gray = page.copy(corner);
        ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                              int(gray.bytesPerLine()));
        ZXing::DecodeHints hints;
        hints.setFormats(ZXing::BarcodeFormat::QRCode);
        const auto result = ZXing::ReadBarcode(view, hints);
        QVERIFY2(result.isValid(), "QR code does not decode");
        QCOMPARE(QString::fromStdString(result.text()), input.dossier.code);
#endif
    }

    void demoWatermarkOnEveryPage()
    {
        FormInput input = birthFormInput(true);
        // Enough components to run over one A5 page.
        for (int i = 0; i < 30; ++i)
            input.dossier.components.append({QStringLiteral("extra-%1").arg(i),
                                             QStringLiteral("Giấy tờ bổ sung số %1 kèm theo hồ sơ").arg(i + 1),
                                             ComponentStatus::Scanned,
                                             {},
                                             1,
                                             1});
        const PdfInspect pdf = renderAndLoad(FormKind::Receipt, input);
        QVERIFY(pdf.ok());
        QVERIFY2(pdf.pages() >= 2, "expected the long receipt to span pages");
        verifyA5Portrait(pdf);
        for (int i = 0; i < pdf.pages(); ++i)
            QVERIFY2(pdf.pageText(i).contains(QStringLiteral("DEMO – KHÔNG CÓ GIÁ TRỊ")),
                     qPrintable(QStringLiteral("page %1 has no watermark").arg(i + 1)));
        // Table continues on the next page with its header repeated.
        QVERIFY(pdf.pageText(pdf.pages() - 1).contains(QStringLiteral("Tên thành phần hồ sơ")) ||
                pdf.pageText(pdf.pages() - 1).contains(QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ")));
        QVERIFY(pdf.text().contains(QStringLiteral("Giấy tờ bổ sung số 30 kèm theo hồ sơ")));
    }

    void supplementRequestListsWhatIsMissing()
    {
        FormInput input = birthFormInput();
        input.supplementItems = {QStringLiteral("Bản chính Giấy chứng sinh do cơ sở y tế cấp"),
                                 QStringLiteral("Văn bản ủy quyền có chứng thực")};
        input.supplementReason = QStringLiteral("Giấy chứng sinh nộp là bản chụp không rõ nét");
        const PdfInspect pdf = renderAndLoad(FormKind::Supplement, input);
        QVERIFY(pdf.ok());
        verifyA5Portrait(pdf);
        const QString text = pdf.text();
        for (const QString& e :
             {QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"), QStringLiteral("TAM-Q01-260305-0007"),
              QStringLiteral("Nguyễn Thị Hương"), QStringLiteral("Bản chính Giấy chứng sinh do cơ sở y tế cấp"),
              QStringLiteral("Văn bản ủy quyền có chứng thực"), QStringLiteral("không rõ nét"),
              QStringLiteral("NGƯỜI HƯỚNG DẪN"), QStringLiteral("0200 3 888 999"), QStringLiteral("một lần")})
            QVERIFY2(text.contains(e), qPrintable(e));
    }

    void refusalStatesTheReasons()
    {
        FormInput input = birthFormInput();
        input.refusalReasons = {QStringLiteral("Trẻ đã được đăng ký khai sinh tại UBND phường Hòa Bình")};
        const PdfInspect pdf = renderAndLoad(FormKind::Refusal, input);
        QVERIFY(pdf.ok());
        verifyA5Portrait(pdf);
        const QString text = pdf.text();
        for (const QString& e :
             {QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"), QStringLiteral("001190012345"),
              QStringLiteral("Trẻ đã được đăng ký khai sinh tại UBND phường Hòa Bình"),
              QStringLiteral("không tiếp nhận, giải quyết hồ sơ"), QStringLiteral("NGƯỜI NỘP HỒ SƠ")})
            QVERIFY2(text.contains(e), qPrintable(e));
    }

    void apologyGivesOldAndNewAppointment()
    {
        FormInput input = birthFormInput();
        input.dossier.previousDueAt = input.dossier.dueAt;
        input.newDueAt = vnTime(2026, 3, 10, 16, 30);
        input.dossier.dueAt = input.newDueAt;
        input.apologyReason = QStringLiteral("Phải xác minh thông tin với cơ sở y tế");
        const PdfInspect pdf = renderAndLoad(FormKind::Apology, input);
        QVERIFY(pdf.ok());
        verifyA5Portrait(pdf);
        const QString text = pdf.text();
        for (const QString& e :
             {QStringLiteral("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"), QStringLiteral("Kính gửi"),
              QStringLiteral("09 giờ 15 phút, ngày 06 tháng 03 năm 2026"),
              QStringLiteral("16 giờ 30 phút, ngày 10 tháng 03 năm 2026"),
              QStringLiteral("Phải xác minh thông tin với cơ sở y tế"), QStringLiteral("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"),
              QStringLiteral("Trần Văn Minh")})
            QVERIFY2(text.contains(e), qPrintable(e));
    }

    void stopNoticeNamesTheRequest()
    {
        FormInput input = birthFormInput();
        input.stopReason = QStringLiteral("Công dân đề nghị rút hồ sơ để bổ sung giấy tờ");
        input.stopRequestedAt = vnTime(2026, 3, 5, 14, 5);
        const PdfInspect pdf = renderAndLoad(FormKind::Stop, input);
        QVERIFY(pdf.ok());
        verifyA5Portrait(pdf);
        const QString text = pdf.text();
        for (const QString& e :
             {QStringLiteral("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"),
              QStringLiteral("14 giờ 05 phút, ngày 05 tháng 03 năm 2026"),
              QStringLiteral("Công dân đề nghị rút hồ sơ để bổ sung giấy tờ"), QStringLiteral("TAM-Q01-260305-0007")})
            QVERIFY2(text.contains(e), qPrintable(e));
    }

    void controlSheetListsEveryHandover()
    {
        FormInput input = birthFormInput();
        input.controlSteps = {
            {QStringLiteral("Người nộp hồ sơ"), QStringLiteral("Bộ phận Tiếp nhận và Trả kết quả"), QString(),
             QStringLiteral("canbo1"), vnTime(2026, 3, 5, 9, 15), QStringLiteral("Trước hạn"), QString()},
            {QStringLiteral("Bộ phận Tiếp nhận và Trả kết quả"), QStringLiteral("Công chức tư pháp - hộ tịch"),
             QStringLiteral("canbo1"), QString(), vnTime(2026, 3, 5, 10, 40), QStringLiteral("Trước hạn"), QString()},
        };
        const PdfInspect pdf = renderAndLoad(FormKind::Control, input);
        QVERIFY(pdf.ok());
        verifyA5Portrait(pdf);
        const QString text = pdf.text();
        for (const QString& e :
             {QStringLiteral("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"), QStringLiteral("Giao:"),
              QStringLiteral("Nhận:"), QStringLiteral("Công chức tư pháp - hộ tịch"), QStringLiteral("10 giờ 40 phút"),
              QStringLiteral("ngày 05/03/2026"), QStringLiteral("Trước hạn"), QStringLiteral("Hẹn trả kết quả vào")})
            QVERIFY2(text.contains(e), qPrintable(e));
    }

    void logBookIsA4LandscapeAndPaginates()
    {
        FormInput input = birthFormInput();
        input.logFrom = QDate(2026, 3, 5);
        input.logTo = QDate(2026, 3, 5);
        for (int i = 1; i <= 40; ++i) {
            LogBookLine line;
            line.dossier = birthDossier();
            line.dossier.code = QStringLiteral("TAM-Q01-260305-%1").arg(i, 4, 10, QLatin1Char('0'));
            line.competentBody = QStringLiteral("UBND xã Tân Lập");
            input.logBook.append(line);
        }
        const PdfInspect pdf = renderAndLoad(FormKind::LogBook, input);
        QVERIFY(pdf.ok());
        QVERIFY2(pdf.pages() >= 2, "40 lines should not fit on one page");
        for (int i = 0; i < pdf.pages(); ++i) {
            const QSizeF size = pdf.pageSizeMm(i);
            QVERIFY(qAbs(size.width() - 297) < 1 && qAbs(size.height() - 210) < 1);
            QVERIFY2(pdf.pageText(i).contains(QStringLiteral("Nhận và trả kết quả")), "header repeated");
        }
        const QString text = pdf.text();
        QVERIFY(text.contains(QStringLiteral("SỔ THEO DÕI HỒ SƠ")));
        QVERIFY(text.contains(QStringLiteral("TAM-Q01-260305-0001")));
        QVERIFY(text.contains(QStringLiteral("TAM-Q01-260305-0040")));
        QVERIFY(text.contains(QStringLiteral("Hẹn trả kết quả")));
        QVERIFY(text.contains(QStringLiteral("Ký nhận")));
    }

    void everyFormCarriesTheWatermarkInDemo()
    {
        for (FormKind kind : allFormKinds()) {
            FormInput input = birthFormInput(true);
            if (kind == FormKind::LogBook)
                input.logBook.append({input.dossier, QStringLiteral("UBND xã"), {}, {}});
            const PdfInspect pdf = renderAndLoad(kind, input);
            QVERIFY2(pdf.ok(), qPrintable(formKindKey(kind)));
            for (int i = 0; i < pdf.pages(); ++i)
                QVERIFY2(pdf.pageText(i).contains(QStringLiteral("DEMO – KHÔNG CÓ GIÁ TRỊ")),
                         qPrintable(formKindKey(kind)));
        }
    }

    void formKindKeysRoundTrip()
    {
        for (FormKind kind : allFormKinds())
            QCOMPARE(formKindFromKey(formKindKey(kind)), std::optional<FormKind>(kind));
        QVERIFY(!formKindFromKey(QStringLiteral("receipts")));
        QCOMPARE(allFormKinds().size(), 7);
    }
};

QTEST_MAIN(tst_FormRenderer)
#include "tst_FormRenderer.moc"
