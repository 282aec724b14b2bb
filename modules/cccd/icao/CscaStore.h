#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace motcua::cccd {

// The trusted Country Signing CA certificates (and any link certificates) that document signers must chain
// to. Loaded from a folder of PEM or DER files; no Vietnamese CSCA is public (CCCD.md §5.2), so the desk
// ships none and an administrator configures the folder.
class CscaStore
{
public:
    // Reads every regular file in `folder` (PEM with one or more certificates, or DER). Files that hold no
    // certificate are reported in `skipped` (names only). An unreadable folder is an error; an empty one is not.
    static Result<CscaStore> loadFolder(const QString& folder, QStringList* skipped = nullptr);

    // Adds one certificate given as PEM (possibly several) or DER; false when nothing was recognised.
    bool addCertificates(const QByteArray& pemOrDer);

    const QList<QByteArray>& certificates() const { return m_certificates; } // DER
    bool isEmpty() const { return m_certificates.isEmpty(); }
    int size() const { return static_cast<int>(m_certificates.size()); }

private:
    QList<QByteArray> m_certificates;
};

} // namespace motcua::cccd
