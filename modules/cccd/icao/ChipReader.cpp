#include "ChipReader.h"

#include "CardErrors.h"
#include "Dg1.h"
#include "IcaoCrypto.h"
#include "IcaoLog.h"
#include "LdsFile.h"

#include <QElapsedTimer>

namespace motcua::cccd {

namespace {

// Files that may legitimately be missing or protected; anything else ends the read.
bool isSkippable(const Error& e)
{
    return e.code == QLatin1String(errc::FileNotFound) || e.code == QLatin1String(errc::FileAccessDenied);
}

} // namespace

ChipReader::ChipReader(ApduTransport& transport) : ChipReader(transport, Options{}) {}

ChipReader::ChipReader(ApduTransport& transport, Options options)
    : m_options(std::move(options)), m_transport(transport)
{}

CitizenIdentity ChipReader::identityFrom(const MrzData* mrz, const Dg13* dg13)
{
    CitizenIdentity id;
    id.source = CitizenIdentity::Source::Chip;
    id.readAt = QDateTime::currentDateTime();
    if (mrz) {
        id.idNumber = mrz->idNumber;
        id.documentNumber = mrz->documentNumber;
        id.fullName = mrz->fullName();
        id.dateOfBirth = mrz->birthDate();
        id.expiresOn = mrz->expiryDate();
        if (mrz->sex == QLatin1String("M"))
            id.sex = QStringLiteral("Nam");
        else if (mrz->sex == QLatin1String("F"))
            id.sex = QStringLiteral("Nữ");
        id.nationality = mrz->nationality;
    }
    if (!dg13)
        return id;
    // DG13 carries the full Vietnamese data: it wins where it has a value.
    const auto take = [dg13](QString& field, int number) {
        const QString v = dg13->text(number);
        if (!v.isEmpty())
            field = v;
    };
    take(id.idNumber, Dg13::IdNumber);
    take(id.fullName, Dg13::FullName);
    take(id.sex, Dg13::Sex);
    take(id.nationality, Dg13::Nationality);
    take(id.ethnicity, Dg13::Ethnicity);
    take(id.religion, Dg13::Religion);
    take(id.placeOfOrigin, Dg13::PlaceOfOrigin);
    take(id.placeOfResidence, Dg13::PlaceOfResidence);
    take(id.personalMarks, Dg13::PersonalMarks);
    take(id.oldIdNumber, Dg13::OldIdNumber);
    if (const QDate d = dg13->date(Dg13::DateOfBirth); d.isValid())
        id.dateOfBirth = d;
    if (const QDate d = dg13->date(Dg13::IssueDate); d.isValid())
        id.issuedOn = d;
    if (dg13->has(Dg13::ExpiryDate))
        id.expiresOn = dg13->date(Dg13::ExpiryDate); // invalid for "Không thời hạn" (no expiry)
    id.fatherName = dg13->fatherName();
    id.motherName = dg13->motherName();
    id.spouseName = dg13->spouseName();
    return id;
}

Result<ChipReadResult> ChipReader::read(const AccessKey& key)
{
    QElapsedTimer timer;
    timer.start();
    ChipReadResult result;
    ChipSession session(m_transport, key, m_options.session, m_cancel);
    const auto fail = [&](const Error& e) -> Result<ChipReadResult> {
        qCInfo(icaoLog) << "chip read failed:" << e.code;
        return e;
    };
    const auto readFile = [&](quint16 fid) {
        const QString name = LdsFile::name(fid);
        return session.readFile(fid, [this, &name](int done, int total) {
            if (m_callbacks.progress)
                m_callbacks.progress(name, done, total);
        });
    };

    if (auto opened = session.open(); !opened)
        return fail(opened.error());

    // EF.COM: which data groups exist. If it cannot be read, try the CCCD's usual set.
    QList<int> present = {1, 2, 13, 14, 15};
    if (auto com = readFile(LdsFile::Com)) {
        if (auto parsed = EfCom::parse(*com)) {
            result.com = *parsed;
            present = parsed->dataGroups;
        } else {
            result.warnings << parsed.error().message;
        }
    } else if (isSkippable(com.error())) {
        result.warnings << com.error().message;
    } else {
        return fail(com.error());
    }

    // DG1 and DG13, then show them before the slower reads.
    const auto readGroup = [&](int dg) -> Result<bool> {
        auto bytes = readFile(LdsFile::fidOfDataGroup(dg));
        if (!bytes) {
            if (isSkippable(bytes.error())) {
                result.warnings << bytes.error().message;
                return false;
            }
            return bytes.error();
        }
        result.dataGroups.insert(dg, *bytes);
        return true;
    };
    auto dg1 = readGroup(1);
    if (!dg1)
        return fail(dg1.error());
    if (*dg1) {
        if (auto parsed = Dg1::parse(result.dataGroups.value(1))) {
            result.mrz = parsed->mrz;
            result.hasMrz = true;
            result.warnings += parsed->mrz.warnings;
        } else {
            result.warnings << parsed.error().message;
        }
    }
    if (present.contains(13)) {
        auto dg13 = readGroup(13);
        if (!dg13)
            return fail(dg13.error());
        if (*dg13) {
            if (auto parsed = Dg13::parse(result.dataGroups.value(13))) {
                result.dg13 = *parsed;
                result.hasDg13 = true;
                result.warnings += parsed->warnings;
            } else {
                result.warnings << parsed.error().message;
            }
        }
    }
    if (!result.hasMrz && !result.hasDg13)
        return fail(cardError(errc::FileMalformed, QStringLiteral("neither DG1 nor DG13 could be read")));
    result.identity = identityFrom(result.hasMrz ? &result.mrz : nullptr, result.hasDg13 ? &result.dg13 : nullptr);
    if (m_callbacks.personalDataRead)
        m_callbacks.personalDataRead(result.identity);

    // EF.SOD: without it nothing can be verified, but the data read so far stays (marked unverified).
    if (auto sod = readFile(LdsFile::Sod)) {
        result.sod = *sod;
    } else if (isSkippable(sod.error())) {
        result.warnings << sod.error().message;
    } else {
        return fail(sod.error());
    }

    if (m_options.readFace && present.contains(2)) {
        auto dg2 = readGroup(2);
        if (!dg2)
            return fail(dg2.error());
        if (*dg2) {
            if (auto face = FaceImage::parseDg2(result.dataGroups.value(2))) {
                result.face = *face;
                result.identity.faceImage = face->displayJpeg;
                result.identity.faceFormat = face->format;
                if (m_callbacks.faceRead)
                    m_callbacks.faceRead(*face);
            } else {
                result.warnings << face.error().message;
            }
        }
    }
    if (m_options.readSecurityInfos) {
        for (const int dg : {14, 15}) {
            if (!present.contains(dg))
                continue;
            auto r = readGroup(dg);
            if (!r)
                return fail(r.error());
        }
    }

    // Active Authentication: a fresh challenge signed by the chip's DG15 key (detects cloned chips).
    if (m_options.activeAuthentication && result.dataGroups.contains(15)) {
        const QByteArray challenge = IcaoCrypto::randomBytes(8);
        auto answer = session.transmitSecure(CommandApdu(0x00, 0x88, 0x00, 0x00, challenge, 256));
        if (!answer) {
            if (answer.error().code == QLatin1String(errc::Cancelled) ||
                answer.error().code == QLatin1String(errc::SmMac))
                return fail(answer.error());
            result.warnings << QStringLiteral("active authentication not completed: %1").arg(answer.error().message);
        } else if (!answer->isSuccess()) {
            result.activeAuthentication.verdict = Verdict::Failed;
            result.activeAuthentication.problem =
                QStringLiteral("INTERNAL AUTHENTICATE answered %1").arg(answer->sw, 4, 16, QLatin1Char('0'));
        } else {
            result.activeAuthentication = ActiveAuthentication::verify(result.dataGroups.value(15), challenge,
                                                                       answer->data, result.dataGroups.value(14));
        }
    }
    session.close();

    result.passiveAuthentication = PassiveAuthentication::verify(result.sod, result.dataGroups, m_trustStore);
    result.identity.dataIntact = result.passiveAuthentication.dataIntact;
    result.identity.signatureValid = result.passiveAuthentication.signatureValid;
    result.identity.issuerTrusted = result.passiveAuthentication.issuerTrusted;
    // AA only means something when DG15 itself is vouched for by the SOD.
    result.identity.chipAuthentic = result.activeAuthentication.verdict;
    if (result.identity.chipAuthentic == Verdict::Passed && !result.passiveAuthentication.dataGroupMatches.value(15))
        result.identity.chipAuthentic = Verdict::Failed;
    result.stats = session.stats();
    result.stats.elapsedMs = timer.elapsed();
    qCInfo(icaoLog) << "chip read:" << result.stats.apdus << "APDUs," << result.stats.fileBytes << "file bytes,"
                    << result.stats.elapsedMs << "ms";
    return result;
}

} // namespace motcua::cccd
