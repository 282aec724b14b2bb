#pragma once

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace motcua::intake {

// A QR code (libqrencode, error correction M) as a grid of modules, drawn as vector squares so it
// stays sharp at any printer resolution. Receipts carry the dossier code in it (TT 01/2018 Điều 19 k.2).
class QrCode
{
public:
    static QrCode encode(const QString& text);

    bool isValid() const { return m_width > 0; }
    int width() const { return m_width; } // modules per side, without the quiet zone
    bool dark(int x, int y) const { return m_modules.at(y * m_width + x); }

    // Paints the code with its 4-module quiet zone filling the square `target`.
    void paint(QPainter& painter, const QRectF& target) const;

private:
    int m_width = 0;
    QList<bool> m_modules;
};

} // namespace motcua::intake
