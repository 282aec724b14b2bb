#pragma once

#include <QByteArray>
#include <QString>

namespace motcua {

// Writes compact JSON straight into UTF-8 bytes. The outbox snapshot of every saved dossier is built
// with it: QJsonObject's sorted inserts and re-serialisation cost more than the SQLite writes did.
// The caller keeps objects and arrays balanced; keys and values are escaped here.
class JsonWriter
{
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(const char* name); // ASCII names without characters to escape

    JsonWriter& value(const QString& text);
    JsonWriter& value(const char* ascii);
    JsonWriter& value(qint64 number);
    JsonWriter& value(int number) { return value(static_cast<qint64>(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& null();
    JsonWriter& stringOrNull(const QString& text) { return text.isEmpty() ? null() : value(text); }
    // An already serialised JSON value (e.g. QJsonDocument::toJson(Compact) of a caller's object).
    JsonWriter& raw(const QByteArray& json);

    const QByteArray& bytes() const { return m_out; }

private:
    void separate();

    QByteArray m_out;
    bool m_first = true; // no value yet in the current object/array
};

} // namespace motcua
