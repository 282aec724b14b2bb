#pragma once

#include "TestSupport.h"

#include <QFile>
#include <QString>

// The worker the desk and the CLI run SANE in, as built (tests live in tests/bin, the programs in bin/).
inline QString scanWorkerPath()
{
    return motcua::test::binaryPath(QStringLiteral("bin/motcua-scan-worker"));
}

// The private SANE configuration the test services set up; empty when it is missing or unusable.
inline QString saneEnvironmentProblem()
{
    const QString dir = qEnvironmentVariable("SANE_CONFIG_DIR");
    if (dir.isEmpty())
        return QStringLiteral("SANE_CONFIG_DIR is not set: start the test services (source scripts/services.sh; "
                              "services_start DIR) or see TESTING-INFRA.md §5");
    QFile dll(dir + QStringLiteral("/dll.conf"));
    if (!dll.open(QIODevice::ReadOnly) || !dll.readAll().contains("test"))
        return QStringLiteral("SANE_CONFIG_DIR=%1 has no dll.conf enabling the `test` backend").arg(dir);
    if (!QFile::exists(dir + QStringLiteral("/test.conf")))
        return QStringLiteral("SANE_CONFIG_DIR=%1 has no test.conf (A4 geometry)").arg(dir);
    return {};
}
