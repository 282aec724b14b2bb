#pragma once

#include "IntakeEnvironment.h"
#include "ReceptionService.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>
#include <optional>

namespace motcua::intake {

// Saving a reception away from the GUI thread: the worker opens its own connection to the desk's
// database (WAL lets it write beside the GUI thread's reader), runs ReceptionService::receive — file
// copies into the store, then dossier + components + event + outbox in one transaction — and renders
// the receipt (Mẫu 01) with page images for the preview. Run it with QtConcurrent::run.
class ReceptionSaver
{
public:
    struct Job
    {
        ReceptionDraft draft;
        QDateTime now;
        IntakeEnvironment env; // copied: the worker sets its own database connection
        QString databasePath;
        double previewDpi = 96;
    };

    struct Outcome
    {
        std::optional<ReceptionOutcome> saved; // set when the dossier was written
        ReceptionError error;                  // why not, when it was not
        QByteArray receiptPdf;                 // empty when the receipt could not be rendered
        Error receiptError;
        QList<QImage> receiptPages;

        bool ok() const { return saved.has_value(); }
    };

    // Thread-safe: touches only what `job` carries. FormFonts::ensureLoaded() must have run on the GUI thread.
    static Outcome run(Job job);
    // The receipt of a saved dossier, rebuilt from the store (reprint), with page images.
    static Outcome renderReceipt(const IntakeEnvironment& env, const QString& uuid, const QDateTime& printedAt,
                                 double previewDpi);
    static QList<QImage> renderPages(const QByteArray& pdf, double dpi);
};

} // namespace motcua::intake
