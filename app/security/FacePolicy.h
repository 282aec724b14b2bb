#pragma once

#include "Result.h"

#include <QSet>
#include <QString>

namespace motcua::security {

// Minimisation of face images (data/face-policy.json, compiled in as :/security/face-policy.json): the
// face read from the chip is shown to the official for comparison and kept only for the procedures
// listed there. None of the catalogue's commune procedures needs it, so by default no face is stored.
class FacePolicy
{
public:
    // The policy shipped with the program; keeps no face if it cannot be read.
    static const FacePolicy& builtIn();
    static Result<FacePolicy> fromJson(const QByteArray& json);

    // Whether a dossier of `procedureCode` may keep the applicant's face image.
    bool keepsFace(const QString& procedureCode) const { return m_keepFor.contains(procedureCode); }
    QSet<QString> procedures() const { return m_keepFor; }

private:
    QSet<QString> m_keepFor;
};

} // namespace motcua::security
