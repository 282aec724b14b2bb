#include "FormRenderer.h"

#include "ApologyForm.h"
#include "ControlSheetForm.h"
#include "FormPainter.h"
#include "LogBookForm.h"
#include "ReceiptForm.h"
#include "RefusalForm.h"
#include "StopNoticeForm.h"
#include "SupplementForm.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace motcua::intake {

namespace {

constexpr int kResolution = 600; // painter units per inch; the PDF itself is vector

} // namespace

QString FormRenderer::formName(FormKind kind)
{
    switch (kind) {
    case FormKind::Receipt:
        return QStringLiteral("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
    case FormKind::Supplement:
        return QStringLiteral("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");
    case FormKind::Refusal:
        return QStringLiteral("Phiếu từ chối tiếp nhận giải quyết hồ sơ");
    case FormKind::Apology:
        return QStringLiteral("Phiếu xin lỗi và hẹn lại ngày trả kết quả");
    case FormKind::Stop:
        return QStringLiteral("Thông báo dừng giải quyết hồ sơ");
    case FormKind::Control:
        return QStringLiteral("Phiếu kiểm soát quá trình giải quyết hồ sơ");
    case FormKind::LogBook:
        return QStringLiteral("Sổ theo dõi hồ sơ");
    }
    return {};
}

QString FormRenderer::documentTitle(FormKind kind, const FormInput& input)
{
    if (kind == FormKind::LogBook || input.dossier.code.isEmpty())
        return formName(kind);
    return formName(kind) + QStringLiteral(" – ") + input.dossier.code;
}

Result<QByteArray> FormRenderer::render(FormKind kind, const FormInput& input)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Result<QByteArray>::failure(QStringLiteral("forms.no_gui"),
                                           QStringLiteral("rendering forms needs a QGuiApplication"));
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(formPageSize(kind), formOrientation(kind), QMarginsF(0, 0, 0, 0)));
        writer.setTitle(documentTitle(kind, input));
        writer.setCreator(QStringLiteral("MotCua Desk"));
        FormPainter form(writer, input.demo || input.dossier.demo);
        if (!form.isActive())
            return Result<QByteArray>::failure(QStringLiteral("forms.paint"),
                                               QStringLiteral("cannot start painting the PDF"));
        switch (kind) {
        case FormKind::Receipt:
            ReceiptForm::paint(form, input);
            break;
        case FormKind::Supplement:
            SupplementForm::paint(form, input);
            break;
        case FormKind::Refusal:
            RefusalForm::paint(form, input);
            break;
        case FormKind::Apology:
            ApologyForm::paint(form, input);
            break;
        case FormKind::Stop:
            StopNoticeForm::paint(form, input);
            break;
        case FormKind::Control:
            ControlSheetForm::paint(form, input);
            break;
        case FormKind::LogBook:
            LogBookForm::paint(form, input);
            break;
        }
        form.finish();
    }
    buffer.close();
    return pdf;
}

Status FormRenderer::renderToFile(FormKind kind, const FormInput& input, const QString& path)
{
    auto pdf = render(kind, input);
    if (!pdf)
        return Status(pdf.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
        return Status::failure(QStringLiteral("forms.io"), QStringLiteral("cannot write %1").arg(path));
    return Status::success();
}

} // namespace motcua::intake
