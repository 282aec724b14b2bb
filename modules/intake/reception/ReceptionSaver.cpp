#include "ReceptionSaver.h"

#include "Database.h"
#include "FormDataBuilder.h"
#include "FormRenderer.h"

#include <poppler-qt6.h>

namespace motcua::intake {

QList<QImage> ReceptionSaver::renderPages(const QByteArray& pdf, double dpi)
{
    QList<QImage> pages;
    const auto document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked())
        return pages;
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    for (int i = 0; i < document->numPages(); ++i)
        if (const auto page = document->page(i))
            pages.append(page->renderToImage(dpi, dpi));
    return pages;
}

ReceptionSaver::Outcome ReceptionSaver::renderReceipt(const IntakeEnvironment& env, const QString& uuid,
                                                      const QDateTime& printedAt, double previewDpi)
{
    Outcome out;
    auto input = FormDataBuilder(env).build(FormKind::Receipt, uuid, printedAt);
    if (!input) {
        out.receiptError = input.error();
        return out;
    }
    auto pdf = FormRenderer::render(FormKind::Receipt, *input);
    if (!pdf) {
        out.receiptError = pdf.error();
        return out;
    }
    out.receiptPdf = *pdf;
    out.receiptPages = renderPages(out.receiptPdf, previewDpi);
    return out;
}

ReceptionSaver::Outcome ReceptionSaver::run(Job job)
{
    Outcome out;
    DatabaseOptions options;
    options.create = false;
    options.check = IntegrityCheck::None; // the desk checked the file when it opened it
    options.checkpointIntervalMs = 0;     // the desk's own connection runs the checkpointer
    auto db = Database::open(job.databasePath, options);
    if (!db) {
        out.error.error = db.error();
        return out;
    }
    job.env.database = db.value().get();
    ReceptionService service(job.env);
    auto result = service.receive(job.draft, job.now);
    if (auto* error = std::get_if<ReceptionError>(&result)) {
        out.error = *error;
        return out;
    }
    out.saved = std::get<ReceptionOutcome>(std::move(result));
    Outcome receipt = renderReceipt(job.env, out.saved->dossier.uuid, job.now, job.previewDpi);
    out.receiptPdf = receipt.receiptPdf;
    out.receiptError = receipt.receiptError;
    out.receiptPages = receipt.receiptPages;
    return out;
}

} // namespace motcua::intake
