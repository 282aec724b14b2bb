#pragma once

#include "CardBehaviour.h"
#include "CardProfile.h"
#include "Result.h"
#include "SyntheticCitizen.h"
#include "TestPki.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>

namespace motcua::cccd {

// Builds complete card profiles for tests and demo mode: a synthetic citizen's MRZ, EF.COM, DG1, DG2 (a
// drawn face, JPEG or JPEG 2000), DG3 (EAC-protected placeholder), DG13 with Vietnamese UTF-8, optional
// DG14/DG15 (Active Authentication key), EF.CardAccess, and an EF.SOD signed by a TestPki document
// signer. Everything is generated at run time; nothing real is involved.
class CardFixtures
{
public:
    enum class Dg13Nesting {
        SeparateSequences, // field 13 = SEQ{ INT 13, SEQ{father}, SEQ{mother} } (Swift parser's real-card prefixes)
        SharedSequence,    // field 13 = SEQ{ INT 13, SEQ{father, mother} } (NghiaLio's fixture)
    };
    enum class FaceFormat { Jpeg, Jpeg2000 };

    struct Options
    {
        QString digest = QStringLiteral("SHA256"); // SOD hash: SHA1, SHA224, SHA256, SHA384, SHA512
        bool rsaPss = false;                       // when the document signer key is RSA
        FaceFormat face = FaceFormat::Jpeg;
        int faceBytes = 0; // approximate JPEG size; 0 = the natural ~10 KB
        Dg13Nesting nesting = Dg13Nesting::SeparateSequences;
        bool includeDg3 = true; // listed, answers 69 82 like the real card
        bool includeDg14 = true;
        bool activeAuthentication = false; // DG15 with a fresh RSA-1024 AA key
        CardBehaviour behaviour;
    };

    // Fixed fictitious citizens; index 0 is the person of CCCD.md §2.3 (ID 001095012345).
    static SyntheticCitizen citizen(int index = 0);
    static int citizenCount();

    static QStringList mrzLines(const SyntheticCitizen& citizen);
    static QString mrzName(const QString& fullName); // "NGUYEN<<VAN<AN"
    static QByteArray efCom(const QList<int>& dataGroups);
    static QByteArray dg1(const SyntheticCitizen& citizen);
    static QByteArray dg2(const QByteArray& image, bool jpeg2000, int width, int height);
    static QByteArray dg13(const SyntheticCitizen& citizen, Dg13Nesting nesting = Dg13Nesting::SeparateSequences);
    static QByteArray dg14();
    static QByteArray cardAccess(); // the EF.CardAccess Vietnamese apps hard-code (CCCD.md §3.3)
    // EF.SOD (tag 77) over the data groups' bytes.
    static Result<QByteArray> sod(const QMap<int, QByteArray>& dataGroups, const TestPki& pki,
                                  const QString& digest = QStringLiteral("SHA256"), bool rsaPss = false);

    static Result<CardProfile> profile(const SyntheticCitizen& citizen, const TestPki& pki, const Options& options);
    static Result<CardProfile> profile(const SyntheticCitizen& citizen, const TestPki& pki)
    {
        return profile(citizen, pki, Options{});
    }
};

} // namespace motcua::cccd
