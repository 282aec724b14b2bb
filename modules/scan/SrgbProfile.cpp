#include "SrgbProfile.h"

#include <QList>
#include <QtEndian>
#include <cmath>

namespace motcua::scan {

namespace {

void put32(QByteArray& b, quint32 v)
{
    char raw[4];
    qToBigEndian(v, raw);
    b.append(raw, 4);
}

void put16(QByteArray& b, quint16 v)
{
    char raw[2];
    qToBigEndian(v, raw);
    b.append(raw, 2);
}

void putSig(QByteArray& b, const char* sig)
{
    b.append(sig, 4);
}

quint32 s15Fixed16(double v)
{
    return quint32(qint32(std::lround(v * 65536.0)));
}

QByteArray xyzTag(double x, double y, double z)
{
    QByteArray t;
    putSig(t, "XYZ ");
    put32(t, 0);
    put32(t, s15Fixed16(x));
    put32(t, s15Fixed16(y));
    put32(t, s15Fixed16(z));
    return t;
}

QByteArray curveTag()
{
    constexpr int n = 1024;
    QByteArray t;
    putSig(t, "curv");
    put32(t, 0);
    put32(t, n);
    for (int i = 0; i < n; ++i) {
        const double v = double(i) / (n - 1);
        const double linear = v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        put16(t, quint16(std::lround(linear * 65535.0)));
    }
    return t;
}

QByteArray descTag(const QByteArray& ascii)
{
    QByteArray t;
    putSig(t, "desc");
    put32(t, 0);
    put32(t, quint32(ascii.size() + 1));
    t.append(ascii);
    t.append('\0');
    put32(t, 0);                    // Unicode language code
    put32(t, 0);                    // Unicode count
    put16(t, 0);                    // ScriptCode code
    t.append('\0');                 // ScriptCode count
    t.append(QByteArray(67, '\0')); // ScriptCode string
    return t;
}

QByteArray textTag(const QByteArray& ascii)
{
    QByteArray t;
    putSig(t, "text");
    put32(t, 0);
    t.append(ascii);
    t.append('\0');
    return t;
}

} // namespace

QByteArray SrgbProfile::bytes()
{
    struct Tag
    {
        const char* sig;
        QByteArray data;
        int shareWith = -1; // index of an earlier tag whose data this one reuses
    };
    const QByteArray curve = curveTag();
    // D50-adapted sRGB colorants (Bradford), as in the profiles that ship with colour-managed systems.
    QList<Tag> tags = {
        {"desc", descTag("sRGB IEC61966-2.1")},
        {"cprt", textTag("No copyright, use freely")},
        {"wtpt", xyzTag(0.9642, 1.0, 0.8249)},
        {"rXYZ", xyzTag(0.4361, 0.2225, 0.0139)},
        {"gXYZ", xyzTag(0.3851, 0.7169, 0.0971)},
        {"bXYZ", xyzTag(0.1431, 0.0606, 0.7141)},
        {"rTRC", curve},
        {"gTRC", {}, 6},
        {"bTRC", {}, 6},
    };
    const int tableSize = 4 + 12 * int(tags.size());
    QByteArray data;
    QList<quint32> offsets;
    QList<quint32> sizes;
    quint32 cursor = quint32(128 + tableSize);
    for (const Tag& tag : tags) {
        if (tag.shareWith >= 0) {
            offsets.append(offsets[tag.shareWith]);
            sizes.append(sizes[tag.shareWith]);
            continue;
        }
        offsets.append(cursor);
        sizes.append(quint32(tag.data.size()));
        data.append(tag.data);
        while (data.size() % 4) // tag data starts on 4-byte boundaries
            data.append('\0');
        cursor = quint32(128 + tableSize + data.size());
    }
    const quint32 total = quint32(128 + tableSize + data.size());

    QByteArray p;
    put32(p, total);
    put32(p, 0);          // preferred CMM
    put32(p, 0x02100000); // version 2.1
    putSig(p, "mntr");
    putSig(p, "RGB ");
    putSig(p, "XYZ ");
    for (quint16 v : {2024, 1, 1, 0, 0, 0})
        put16(p, v);
    putSig(p, "acsp");
    put32(p, 0); // platform
    put32(p, 0); // flags
    put32(p, 0); // manufacturer
    put32(p, 0); // model
    put32(p, 0); // attributes
    put32(p, 0);
    put32(p, 0); // perceptual intent
    put32(p, s15Fixed16(0.9642));
    put32(p, s15Fixed16(1.0));
    put32(p, s15Fixed16(0.8249));
    put32(p, 0); // creator
    p.append(QByteArray(128 - p.size(), '\0'));

    put32(p, quint32(tags.size()));
    for (int i = 0; i < tags.size(); ++i) {
        putSig(p, tags[i].sig);
        put32(p, offsets[i]);
        put32(p, sizes[i]);
    }
    p.append(data);
    return p;
}

} // namespace motcua::scan
