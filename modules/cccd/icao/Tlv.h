#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace motcua::cccd {

// One BER-TLV element as found in a buffer. The tag keeps its encoded bytes as a number (0x5F1F, 0x7F61),
// so it compares directly with the values in ICAO 9303-10. `raw` is tag ‖ length ‖ value exactly as read.
struct TlvElement
{
    quint32 tag = 0;
    QByteArray value;
    QByteArray raw;

    bool isConstructed() const;
    // Children of a constructed element; an error when the value is not a clean sequence of TLVs.
    Result<QList<TlvElement>> children() const;
};

// BER-TLV reading and DER writing (ISO/IEC 7816-4 / X.690 subset used by the LDS). Every read is bounds
// checked: malformed, truncated or absurd input yields errc::TlvMalformed, never an overread.
class Tlv
{
public:
    // Parses the element starting at `offset`; on success `*next` (if given) is the offset after it.
    static Result<TlvElement> parse(const QByteArray& data, int offset = 0, int* next = nullptr);
    // Parses a buffer that must hold exactly one element (trailing bytes are an error unless allowed).
    static Result<TlvElement> parseSingle(const QByteArray& data, bool allowTrailing = false);
    // Parses consecutive elements filling the whole buffer.
    static Result<QList<TlvElement>> parseAll(const QByteArray& data);

    // Size of tag + length fields and of the whole element, from the first bytes of a file. Lets the
    // reader learn a file's size from its first 4–6 bytes. Fails when the header itself is incomplete.
    struct Header
    {
        quint32 tag = 0;
        int headerSize = 0;
        int valueLength = 0;
        int totalSize() const { return headerSize + valueLength; }
    };
    static Result<Header> parseHeader(const QByteArray& prefix);

    static QByteArray encodeTag(quint32 tag);
    static QByteArray encodeLength(int length);
    static QByteArray encode(quint32 tag, const QByteArray& value);
    // DER INTEGER for a non-negative value.
    static QByteArray encodeInteger(qint64 value);

    // First element with `tag` in a list.
    static std::optional<TlvElement> find(const QList<TlvElement>& elements, quint32 tag);
    // Non-negative INTEGER content as a number (up to 62 bits); nullopt when empty or too long.
    static std::optional<qint64> integerValue(const QByteArray& content);

    static constexpr int MaxTagBytes = 4;
    static constexpr int MaxLengthBytes = 4;
};

} // namespace motcua::cccd
