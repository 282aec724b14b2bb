#include "ChipReadJob.h"

#include "CardErrors.h"
#include "CscaStore.h"
#include "Dg1.h"
#include "EfCom.h"
#include "IdentityClaims.h"
#include "IdentityCrossCheck.h"
#include "LdsFile.h"

#include <QRandomGenerator>

namespace motcua::cccd {

namespace {

// What a CCCD lists when EF.COM itself cannot be read (CCCD.md §1): DG3 needs EAC and is never read.
const QList<int> kDefaultDataGroups = {1, 2, 13, 14, 15};

bool isTolerable(const Error& error)
{
    return error.code == QLatin1String(errc::FileNotFound) || error.code == QLatin1String(errc::FileAccessDenied);
}

} // namespace

ChipReadJob::ChipReadJob(ApduTransport& transport, AccessKey key, const CscaStore* trustStore,
                         const std::atomic_bool* cancel, ChipSession::Options options)
    : m_transport(transport), m_key(std::move(key)), m_trustStore(trustStore), m_cancel(cancel),
      m_options(std::move(options))
{}

void ChipReadJob::fillIdentity(CitizenIdentity& identity, const MrzData& mrz, const Dg13& dg13)
{
    const auto textOr = [&dg13](int field, const QString& fallback) {
        const QString value = dg13.text(field);
        return value.isEmpty() ? fallback : value;
    };
    identity.idNumber = textOr(Dg13::IdNumber, mrz.idNumber);
    identity.fullName = textOr(Dg13::FullName, mrz.fullName());
    identity.dateOfBirth = dg13.date(Dg13::DateOfBirth);
    if (!identity.dateOfBirth.isValid())
        identity.dateOfBirth = mrz.birthDate();
    const QString mrzSex = mrz.sex == QLatin1String("M")   ? QStringLiteral("Nam")
                           : mrz.sex == QLatin1String("F") ? QStringLiteral("Nữ")
                                                           : QString();
    identity.sex = textOr(Dg13::Sex, mrzSex);
    identity.nationality = dg13.text(Dg13::Nationality);
    identity.ethnicity = dg13.text(Dg13::Ethnicity);
    identity.religion = dg13.text(Dg13::Religion);
    identity.placeOfOrigin = dg13.text(Dg13::PlaceOfOrigin);
    identity.placeOfResidence = dg13.text(Dg13::PlaceOfResidence);
    identity.personalMarks = dg13.text(Dg13::PersonalMarks);
    identity.issuedOn = dg13.date(Dg13::IssueDate);
    // "Không thời hạn" (no expiry) is text, not a date: the MRZ date is then the only one.
    identity.expiresOn = dg13.date(Dg13::ExpiryDate);
    if (!identity.expiresOn.isValid())
        identity.expiresOn = mrz.expiryDate();
    identity.fatherName = dg13.fatherName();
    identity.motherName = dg13.motherName();
    identity.spouseName = dg13.spouseName();
    identity.oldIdNumber = dg13.text(Dg13::OldIdNumber);
    identity.documentNumber = mrz.documentNumber;
}

Result<ChipReadResult> ChipReadJob::run(const Callbacks& callbacks)
{
    ChipReadResult result;
    result.identity.source = CitizenIdentity::Source::Chip;
    ChipSession session(m_transport, m_key, m_options, m_cancel);

    const auto report = [&callbacks](const QString& file, int percent) {
        if (callbacks.progress)
            callbacks.progress(file, percent);
    };
    const auto read = [&](quint16 fid) {
        const QString name = LdsFile::name(fid);
        report(name, 0);
        auto bytes = session.readFile(fid, [&](int done, int total) {
            if (total > 0)
                report(name, int(qint64(done) * 100 / total));
        });
        if (bytes.ok())
            report(name, 100);
        return bytes;
    };

    report(QStringLiteral("BAC"), 0);
    if (Status opened = session.open(); !opened.ok())
        return opened.error();
    report(QStringLiteral("BAC"), 100);

    QMap<int, QByteArray> dataGroups;

    auto com = read(LdsFile::Com);
    if (!com.ok() && !isTolerable(com.error()))
        return com.error();
    if (com.ok()) {
        auto parsed = EfCom::parse(com.value());
        result.dataGroups = parsed.ok() ? parsed->dataGroups : kDefaultDataGroups;
        if (!parsed.ok())
            result.warnings << QString::fromLatin1(errc::FileMalformed);
    } else {
        result.dataGroups = kDefaultDataGroups;
        result.warnings << QStringLiteral("card.com.missing");
    }

    auto dg1File = read(LdsFile::fidOfDataGroup(1));
    if (!dg1File.ok())
        return dg1File.error();
    auto dg1 = Dg1::parse(dg1File.value());
    if (!dg1.ok())
        return dg1.error();
    dataGroups.insert(1, dg1File.value());
    result.chipMrz = dg1->mrz;

    if (result.dataGroups.contains(13)) {
        auto dg13File = read(LdsFile::fidOfDataGroup(13));
        if (!dg13File.ok() && !isTolerable(dg13File.error()))
            return dg13File.error();
        if (dg13File.ok()) {
            dataGroups.insert(13, dg13File.value());
            auto dg13 = Dg13::parse(dg13File.value());
            if (dg13.ok())
                result.dg13 = dg13.value();
            else
                result.warnings << dg13.error().code;
        } else {
            result.warnings << QStringLiteral("card.dg13.missing");
        }
    }
    fillIdentity(result.identity, result.chipMrz, result.dg13);
    result.identity.readAt = QDateTime::currentDateTime();
    if (callbacks.personalDataRead)
        callbacks.personalDataRead(result.identity);

    if (result.dataGroups.contains(2)) {
        auto dg2File = read(LdsFile::fidOfDataGroup(2));
        if (!dg2File.ok() && !isTolerable(dg2File.error()))
            return dg2File.error();
        if (dg2File.ok()) {
            dataGroups.insert(2, dg2File.value());
            auto face = FaceImage::parseDg2(dg2File.value());
            if (face.ok()) {
                result.face = face.value();
                result.identity.faceImage =
                    result.face.displayJpeg.isEmpty() ? result.face.encoded : result.face.displayJpeg;
                result.identity.faceFormat = result.face.format;
            } else {
                result.warnings << face.error().code;
            }
        } else {
            result.warnings << QString::fromLatin1(errc::FaceMissing);
        }
    }

    for (int dg : {14, 15}) {
        if (!result.dataGroups.contains(dg))
            continue;
        auto file = read(LdsFile::fidOfDataGroup(dg));
        if (!file.ok() && !isTolerable(file.error()))
            return file.error();
        if (file.ok())
            dataGroups.insert(dg, file.value());
    }

    auto sod = read(LdsFile::Sod);
    if (!sod.ok() && !isTolerable(sod.error()))
        return sod.error();
    if (sod.ok()) {
        result.passiveAuthentication = PassiveAuthentication::verify(sod.value(), dataGroups, m_trustStore);
    } else {
        result.warnings << QStringLiteral("card.sod.missing");
        result.passiveAuthentication.problems << QStringLiteral("EF.SOD could not be read");
    }
    result.dataGroupsRead = dataGroups.keys();

    // Active Authentication proves the chip is not a copy; meaningful only when DG15 is covered by the SOD.
    if (dataGroups.contains(15)) {
        QByteArray challenge(8, Qt::Uninitialized);
        for (char& c : challenge)
            c = char(QRandomGenerator::system()->bounded(256));
        auto answer = session.transmitSecure(CommandApdu(0x00, 0x88, 0x00, 0x00, challenge, 256));
        if (!answer.ok())
            return answer.error();
        if (answer->isSuccess()) {
            result.activeAuthentication =
                ActiveAuthentication::verify(dataGroups.value(15), challenge, answer->data, dataGroups.value(14));
            if (!result.passiveAuthentication.dataGroupMatches.value(15, false) &&
                result.activeAuthentication.verdict == Verdict::Passed) {
                result.activeAuthentication.verdict = Verdict::Failed;
                result.activeAuthentication.problem = QStringLiteral("DG15 is not covered by a valid SOD hash");
            }
        } else {
            result.warnings << QStringLiteral("card.aa.refused");
        }
    }

    CitizenIdentity& identity = result.identity;
    identity.dataIntact = result.passiveAuthentication.dataIntact;
    identity.signatureValid = result.passiveAuthentication.signatureValid;
    identity.issuerTrusted = result.passiveAuthentication.issuerTrusted;
    identity.chipAuthentic = result.activeAuthentication.verdict;
    IdentityCrossCheck::apply(identity, {IdentityClaims::fromChip(identity), IdentityClaims::fromMrz(result.chipMrz)});
    result.stats = session.stats();
    session.close();
    return result;
}

} // namespace motcua::cccd
