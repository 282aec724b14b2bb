// Card read benchmark: a full CCCD read (BAC, EF.COM, DG1, DG13, EF.SOD, DG2 with a ~20 KB face, then
// passive authentication) by the desk's ChipReader/ChipSession, in-process against the card emulator over
// LoopbackTransport. Prints APDU count and bytes on the wire against the minimum possible for the Le used,
// and host-side time per APDU (median of N runs), for short READ BINARY (Le 0xDF) and extended length.
//
//   bench_card_read [--runs 15] [--face-bytes 20000]
//
// The emulator runs in the same thread as the reader, so "read time" includes the card's side of secure
// messaging; the transport wrapper below measures that part so it can be taken out. Times are the thread's
// CPU time (wall time is printed too: on a busy machine it is mostly waiting for a core).
#include "CardFixtures.h"
#include "ChipReader.h"
#include "ChipSession.h"
#include "CscaStore.h"
#include "EmulatedCard.h"
#include "FaceImage.h"
#include "LdsFile.h"
#include "LoopbackTransport.h"
#include "PassiveAuthentication.h"
#include "SecureMessaging.h"
#include "TestPki.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QLoggingCategory>
#include <QTextStream>
#include <algorithm>
#include <ctime>

using namespace motcua;
using namespace motcua::cccd;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// CPU time of this thread: on a busy machine wall-clock time is partly waiting for a core.
double threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// Counts APDUs by instruction (the header of a protected command is in clear) and measures the time spent
// inside the card emulator, so that the host's share of the read can be told apart.
class MeasuredTransport : public ApduTransport
{
public:
    explicit MeasuredTransport(LoopbackTransport& inner) : m_inner(inner) {}

    Result<QByteArray> transmit(const QByteArray& command) override
    {
        if (command.size() >= 2) {
            switch (quint8(command[1])) {
            case 0xA4:
                ++selects;
                break;
            case 0xB0:
            case 0xB1:
                ++readBinaries;
                break;
            default:
                ++others;
                break;
            }
        }
        const double cpu0 = threadCpuUs();
        auto r = m_inner.transmit(command);
        cardCpuUs += threadCpuUs() - cpu0;
        return r;
    }
    bool supportsExtendedLength() const override { return m_inner.supportsExtendedLength(); }

    int selects = 0;
    int readBinaries = 0;
    int others = 0;
    double cardCpuUs = 0;

private:
    LoopbackTransport& m_inner;
};

// The files a full read takes, in the reader's order.
const QList<quint16> kFiles = {LdsFile::Com, LdsFile::fidOfDataGroup(1), LdsFile::fidOfDataGroup(13), LdsFile::Sod,
                               LdsFile::fidOfDataGroup(2)};

int ceilDiv(int a, int b)
{
    return (a + b - 1) / b;
}

// Minimum number of APDUs for reading `kFiles` with READ BINARY returning at most `le` plaintext bytes:
//
//   minimum = 3                                   BAC: SELECT eMRTD application, GET CHALLENGE,
//                                                      EXTERNAL AUTHENTICATE (fixed, whatever the Le)
//           + Σ over files ( 1 + ⌈size / Le⌉ )    SELECT EF by FID, then one READ BINARY per Le bytes
//
// where size is the whole file (its TLV header included) and Le the plaintext bytes per READ BINARY
// (0xDF = 223 short — with 3DES secure messaging a short response must fit DO87+DO99+DO8E+SW in 256
// bytes; 1024 extended). The desk's reader does not know a file's size before reading it, so it first
// reads a 4-byte header probe (tag + 82 LL LL) and then ⌈(size − 4) / Le⌉ chunks: at most one READ
// BINARY more per file than this minimum. (READ BINARY by short file identifier could fold each SELECT
// into the first read, a further −1 per file; the CCCD's Vietnamese readers do not rely on it, so the
// minimum here keeps the SELECTs.)
int minimumApdus(const CardProfile& p, int le)
{
    int n = 3;
    for (const quint16 fid : kFiles)
        n += 1 + ceilDiv(int(p.file(fid).size()), le);
    return n;
}

// What the reader itself should need: the header probe first (see above).
int readerModelApdus(const CardProfile& p, int le)
{
    int n = 3;
    for (const quint16 fid : kFiles)
        n += 2 + ceilDiv(int(p.file(fid).size()) - 4, le);
    return n;
}

struct Traffic
{
    int apdus = 0;
    qint64 sent = 0;
    qint64 received = 0;
};

// The minimum traffic on the wire, measured: an "oracle" that knows every file's size in advance opens the
// same secure session and sends exactly `minimumApdus` commands (the last chunk of a file asks only for
// what is left), through the same secure messaging code.
Result<Traffic> oracleRead(const CardProfile& profile, bool extended, int le)
{
    EmulatedCard card(profile);
    LoopbackTransport transport(card, extended);
    ChipSession::Options options;
    options.initialReadLength = std::min(le, 256);
    options.allowExtendedLength = extended;
    options.extendedReadLength = le;
    ChipSession session(transport, AccessKey::fromMrz(profile.bacKeySeed()), options);
    if (Status s = session.open(); !s)
        return s.error();
    for (const quint16 fid : kFiles) {
        const QByteArray file = profile.file(fid);
        QByteArray fidBytes;
        fidBytes.append(char(fid >> 8));
        fidBytes.append(char(fid & 0xFF));
        auto selected = session.transmitSecure(CommandApdu(0x00, 0xA4, 0x02, 0x0C, fidBytes));
        if (!selected || !selected->isSuccess())
            return Error{QStringLiteral("bench.oracle"), QStringLiteral("SELECT %1 failed").arg(LdsFile::name(fid))};
        QByteArray read;
        for (int offset = 0; offset < file.size(); offset += le) {
            const int want = std::min<int>(le, int(file.size()) - offset);
            auto chunk =
                session.transmitSecure(CommandApdu(0x00, 0xB0, quint8(offset >> 8), quint8(offset & 0xFF), {}, want));
            if (!chunk || !chunk->isSuccess())
                return Error{QStringLiteral("bench.oracle"),
                             QStringLiteral("READ BINARY %1 failed").arg(LdsFile::name(fid))};
            read += chunk->data;
        }
        if (read != file)
            return Error{QStringLiteral("bench.oracle"),
                         QStringLiteral("%1 read back differs").arg(LdsFile::name(fid))};
    }
    Traffic t;
    t.apdus = transport.commandCount();
    t.sent = transport.bytesSent();
    t.received = transport.bytesReceived();
    return t;
}

// Host-side secure messaging per APDU, measured alone: protect a READ BINARY, unprotect a response of
// `le` bytes (3DES session keys as after BAC). The card side's work is done but not timed. Thread CPU time.
double hostSmUsPerApdu(int le, int iterations)
{
    SessionKeys keys;
    keys.cipher = SessionKeys::Cipher::Tdes;
    keys.encKey = QByteArray::fromHex("979EC13B1CBFE9DCD01AB0FED307EAE5");
    keys.macKey = QByteArray::fromHex("F1CB1F1FB5ADF208806B89DC579DC1F8");
    keys.ssc = QByteArray::fromHex("887022120C06C226");
    SecureMessaging terminal(keys);
    SecureMessaging chip(keys);
    const QByteArray data(le, '\x5A');
    double us = 0;
    for (int i = 0; i < iterations; ++i) {
        double t = threadCpuUs();
        auto wire = terminal.protectCommand(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, le));
        us += threadCpuUs() - t;
        if (!wire || !chip.unprotectCommand(*wire))
            return -1;
        auto response = chip.protectResponse(ResponseApdu{data, 0x9000});
        if (!response)
            return -1;
        t = threadCpuUs();
        auto plain = terminal.unprotectResponse(*response);
        us += threadCpuUs() - t;
        if (!plain || plain->data.size() != le)
            return -1;
    }
    return us / iterations;
}

struct RunFigures
{
    double wallUs = 0, cpuUs = 0, cardUs = 0, paUs = 0, faceUs = 0;
};

void printMode(const QString& title, const CardProfile& profile, bool extended, int le, int runs,
               const CscaStore& store)
{
    out() << "\n" << title << "\n";
    QList<double> wall, cpu, card, pa, face;
    int apdus = 0, selects = 0, reads = 0, others = 0;
    qint64 sent = 0, received = 0, fileBytes = 0;
    int readLength = 0;
    bool usedExtended = false;
    for (int run = 0; run < runs + 1; ++run) { // run 0 warms caches and is not counted
        EmulatedCard emulated(profile);
        LoopbackTransport loopback(emulated, extended);
        MeasuredTransport transport(loopback);
        ChipReader::Options options;
        options.session.extendedReadLength = extended ? le : options.session.extendedReadLength;
        options.session.initialReadLength = extended ? options.session.initialReadLength : le;
        ChipReader reader(transport, options);
        reader.setTrustStore(&store);
        const double cpu0 = threadCpuUs();
        QElapsedTimer timer;
        timer.start();
        auto result = reader.read(AccessKey::fromMrz(profile.bacKeySeed()));
        const double wallUs = double(timer.nsecsElapsed()) / 1000.0;
        const double cpuUs = threadCpuUs() - cpu0;
        if (!result) {
            out() << "  read failed: " << result.error().code << " " << result.error().message << "\n";
            return;
        }
        if (!result->passiveAuthentication.allPassed() || result->face.displayJpeg.isEmpty()) {
            out() << "  read incomplete: passive authentication not passed or no face\n";
            return;
        }
        // The crypto at the end of the read and the face decoding, timed again on their own.
        double part = threadCpuUs();
        const PassiveAuthentication again = PassiveAuthentication::verify(result->sod, result->dataGroups, &store);
        const double paUs = threadCpuUs() - part;
        part = threadCpuUs();
        const auto decoded = FaceImage::parseDg2(result->dataGroups.value(2));
        const double faceUs = threadCpuUs() - part;
        if (!again.allPassed() || !decoded) {
            out() << "  passive authentication or face decoding failed when repeated\n";
            return;
        }
        apdus = result->stats.apdus;
        sent = result->stats.bytesSent;
        received = result->stats.bytesReceived;
        fileBytes = result->stats.fileBytes;
        readLength = result->stats.readLength;
        usedExtended = result->stats.extendedLength;
        selects = transport.selects;
        reads = transport.readBinaries;
        others = transport.others;
        if (apdus != loopback.commandCount())
            out() << "  warning: reader counted " << apdus << " APDUs, transport " << loopback.commandCount() << "\n";
        if (run == 0)
            continue;
        wall << wallUs;
        cpu << cpuUs;
        card << transport.cardCpuUs;
        pa << paUs;
        face << faceUs;
    }

    const auto minimum = oracleRead(profile, extended, readLength);
    const int minApdus = minimumApdus(profile, readLength);
    out() << "  Le used: " << readLength << " bytes per READ BINARY"
          << (usedExtended ? " (extended length)" : " (short APDUs)") << "; file bytes read: " << fileBytes << "\n";
    out() << "  APDUs: " << apdus << " (SELECT " << selects << ", READ BINARY " << reads << ", BAC other " << others
          << ")\n";
    out() << "    minimum for this Le: " << minApdus << "  (3 BAC/SELECT-AID + per file 1 SELECT + ceil(size/Le))"
          << "; reader's own model (4-byte header probe): " << readerModelApdus(profile, readLength) << "\n";
    out() << "    over minimum: +" << (apdus - minApdus) << " APDUs ("
          << QString::number(100.0 * (apdus - minApdus) / minApdus, 'f', 1) << " %)\n";
    out() << "  bytes sent: " << sent << ", received: " << received;
    if (minimum)
        out() << "; minimum (measured by an oracle reader sending exactly " << minimum->apdus << " APDUs): sent "
              << minimum->sent << ", received " << minimum->received << "  (+"
              << QString::number(100.0 * (sent - minimum->sent) / minimum->sent, 'f', 1) << " % / +"
              << QString::number(100.0 * (received - minimum->received) / minimum->received, 'f', 1) << " %)\n";
    else
        out() << "; minimum not measured: " << minimum.error().message << "\n";
    out() << "    secure-messaging overhead on the way back: " << received - fileBytes << " bytes over the "
          << fileBytes << " file bytes (" << QString::number(100.0 * (received - fileBytes) / fileBytes, 'f', 1)
          << " %)\n";

    const double wallMed = median(wall), cpuMed = median(cpu), cardMed = median(card), paMed = median(pa),
                 faceMed = median(face);
    const double hostMed = cpuMed - cardMed;
    // Secure messaging cost = a fixed part per APDU + a part per data byte, both measured alone.
    const double smSmallUs = hostSmUsPerApdu(4, 2000);
    const double smLeUs = hostSmUsPerApdu(readLength, std::max(200, 2000 * 223 / readLength));
    const double smPerByteUs = std::max(0.0, (smLeUs - smSmallUs) / (readLength - 4));
    const int smApdus = apdus - 3; // everything after BAC runs under secure messaging
    const double smUs = smSmallUs * smApdus + smPerByteUs * double(fileBytes);
    // Thread CPU time is the figure to read: on a busy machine the wall time is mostly waiting for a core.
    out() << "  time, median of " << runs << " runs (in-process, one thread; CPU time of that thread):\n";
    out() << "    whole read: " << QString::number(cpuMed / 1000.0, 'f', 2) << " ms CPU  →  "
          << QString::number(cpuMed / apdus, 'f', 1) << " µs per APDU (total / APDUs)   [wall "
          << QString::number(wallMed / 1000.0, 'f', 2) << " ms, " << QString::number(wallMed / apdus, 'f', 1)
          << " µs per APDU]\n";
    out() << "    of which the emulated card: " << QString::number(cardMed / 1000.0, 'f', 2)
          << " ms; the host (desk's code): " << QString::number(hostMed / 1000.0, 'f', 2) << " ms  →  "
          << QString::number(hostMed / apdus, 'f', 1) << " µs per APDU on the host\n";
    out() << "    host crypto share: passive authentication " << QString::number(paMed / 1000.0, 'f', 2) << " ms ("
          << QString::number(100.0 * paMed / hostMed, 'f', 0) << " %), secure messaging ≈ "
          << QString::number(smSmallUs, 'f', 1) << " µs × " << smApdus << " APDUs + "
          << QString::number(smPerByteUs * 1000.0, 'f', 1) << " ns × " << fileBytes
          << " bytes = " << QString::number(smUs / 1000.0, 'f', 2) << " ms ("
          << QString::number(100.0 * smUs / hostMed, 'f', 0) << " %); not crypto: face decode (DG2 → display JPEG) "
          << QString::number(faceMed / 1000.0, 'f', 2) << " ms (" << QString::number(100.0 * faceMed / hostMed, 'f', 0)
          << " %)\n";
    out().flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("motcua.*.info=false")); // one line per read otherwise
    const QStringList args = app.arguments();
    const auto option = [&](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const int runs = std::max(1, option(QStringLiteral("--runs"), QStringLiteral("15")).toInt());
    const int faceBytes = option(QStringLiteral("--face-bytes"), QStringLiteral("20000")).toInt();

    out() << "Card read benchmark (ChipReader over LoopbackTransport to the card emulator, BAC + 3DES SM)\n";
    auto pki = TestPki::create(TestPki::KeyType::EcBrainpoolP256r1, TestPki::KeyType::EcBrainpoolP256r1);
    if (!pki) {
        out() << "cannot create the test PKI: " << pki.error().message << "\n";
        return 1;
    }
    CscaStore store;
    store.addCertificates(pki->cscaCertificatePem());
    CardFixtures::Options options;
    options.faceBytes = faceBytes;
    options.includeDg14 = false; // the read measured is EF.COM, DG1, DG13, EF.SOD, DG2
    auto profile = CardFixtures::profile(CardFixtures::citizen(0), *pki, options);
    if (!profile) {
        out() << "cannot build the card profile: " << profile.error().message << "\n";
        return 1;
    }
    out() << "  profile: citizen 0, SOD SHA-256 signed with brainpoolP256r1 (TEST ONLY PKI); file sizes:";
    for (const quint16 fid : kFiles)
        out() << " " << LdsFile::name(fid) << " " << profile->file(fid).size();
    out() << " bytes\n";

    printMode(QStringLiteral("Short APDUs, Le 0xDF (223)"), *profile, false, 0xDF, runs, store);

    CardProfile extended = *profile;
    extended.behaviour.extendedLength = true;
    extended.behaviour.maxReadLength = 65536;
    printMode(QStringLiteral("Extended length, Le 1024 (the desk's default extendedReadLength)"), extended, true, 1024,
              runs, store);
    printMode(QStringLiteral("Extended length, Le 4096 (for comparison; not the desk's setting)"), extended, true, 4096,
              runs, store);
    return 0;
}
