#include "JsonWriter.h"

namespace motcua {

namespace {

void appendEscaped(QByteArray& out, const QByteArray& utf8)
{
    static const char* hex = "0123456789abcdef";
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                out.append("\\u00");
                out.append(hex[u >> 4]);
                out.append(hex[u & 0xf]);
            } else {
                out.append(c); // UTF-8 bytes of non-ASCII text pass through
            }
        }
    }
    out.append('"');
}

} // namespace

void JsonWriter::separate()
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
}

JsonWriter& JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first = true;
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_out.append('}');
    m_first = false;
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first = true;
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_out.append(']');
    m_first = false;
    return *this;
}

JsonWriter& JsonWriter::key(const char* name)
{
    separate();
    m_out.append('"').append(name).append("\":");
    m_first = true; // the value that follows needs no comma
    return *this;
}

JsonWriter& JsonWriter::value(const QString& text)
{
    separate();
    appendEscaped(m_out, text.toUtf8());
    return *this;
}

JsonWriter& JsonWriter::value(const char* ascii)
{
    separate();
    appendEscaped(m_out, QByteArray(ascii));
    return *this;
}

JsonWriter& JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonWriter& JsonWriter::raw(const QByteArray& json)
{
    separate();
    m_out.append(json);
    return *this;
}

} // namespace motcua
