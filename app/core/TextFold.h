#pragma once

#include <QString>

namespace motcua {

// Folds Vietnamese text for diacritic-insensitive search: lower case, tone and vowel marks removed,
// and đ/Đ folded to d (SQLite's remove_diacritics does not do the last one). "Đặng Văn Ánh" → "dang van anh".
QString foldForSearch(const QString& text);

// Unicode NFC normalisation, applied to every text that enters the store or is compared.
QString normalizeNfc(const QString& text);

} // namespace motcua
